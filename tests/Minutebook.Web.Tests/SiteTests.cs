using Minutebook.Web.Data;
using Minutebook.Web.Security;
using Minutebook.Web.Tests.Support;

namespace Minutebook.Web.Tests;

/// <summary>The site's index of actions by the meeting that closed them follows officers' edits.</summary>
public sealed class SiteTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"minutebook-site-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" })
            try { File.Delete(f); } catch (IOException) { }
    }

    [Fact]
    public void Actions_closed_at_a_meeting_follow_the_states_officers_set()
    {
        var clock = new FixedClock(WebFixture.Now);
        var register = new MemoryRegister(clock);
        var (pack, record) = WebFixture.TestPack();
        register.Add(pack, record);
        var state = new WebState(_db);
        var site = new Site(register, state, clock);
        var meeting = register.Meetings[0];
        var action = register.Actions[0];
        Assert.Empty(site.ActionsClosedAt(meeting.Id));

        state.SetActionState(new ActionState(action.Id, ActionStatus.Done, null, meeting.Id, "officer", WebFixture.Now), null);
        site.ApplyActionStates();
        Assert.Equal([action.Id], site.ActionsClosedAt(meeting.Id).Select(a => a.Id));

        state.SetActionState(new ActionState(action.Id, ActionStatus.Open, null, null, "officer", WebFixture.Now), ActionStatus.Done);
        site.ApplyActionStates();
        Assert.Empty(site.ActionsClosedAt(meeting.Id));
    }
}
