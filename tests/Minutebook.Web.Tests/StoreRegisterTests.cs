using System.Net;
using Microsoft.AspNetCore.Builder;
using Minutebook.Store;
using Minutebook.Store.Ingest;
using Minutebook.Web.Data;
using Minutebook.Web.Tests.Support;

namespace Minutebook.Web.Tests;

/// <summary>The site over the real store (SQLite): the same pack, stored, linked and searched by the store.</summary>
public sealed class StoreRegisterTests : IAsyncLifetime
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"minutebook-store-web-{Guid.NewGuid():N}.db");
    private WebApplication _app = null!;
    private StoreRegister _register = null!;
    private string _base = null!;

    public async Task InitializeAsync()
    {
        var store = RegisterStore.Open(_db);
        var (pack, record) = WebFixture.TestPack();
        new Ingestor(store).Write([PreparedPack.From("/papers/" + pack.File, pack, record)]);
        _register = new StoreRegister(store, new FixedClock(WebFixture.Now));
        _app = MinutebookWeb.Create(new WebOptions { Urls = "http://127.0.0.1:0", DbPath = _db, Register = _register, Clock = new FixedClock(WebFixture.Now) });
        new Security.WebState(_db).AddUser(WebFixture.Officer, WebFixture.Password);
        await _app.StartAsync();
        _base = MinutebookWeb.Address(_app);
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" })
            try { File.Delete(f); } catch (IOException) { }
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_base) };

    [Fact]
    public async Task A_stored_meeting_shows_its_facts_linked_to_the_stored_text_and_hides_the_exempt_item()
    {
        var meeting = Assert.Single(_register.Meetings);
        using var client = Client();
        var html = await client.GetStringAsync($"/meetings/{meeting.Id}");
        Assert.Contains("Health and Wellbeing Board", html);
        Assert.Contains("Jane Doe", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("Zebracorn", html);
        var packId = meeting.Parts[0].PackId;
        Assert.Contains($"/source/{packId}?line=12#L12", html);
        var source = await client.GetStringAsync($"/source/{packId}?line=12");
        Assert.Contains("<tr id=\"L12\" class=\"mb-cited\">", source);
        Assert.DoesNotContain("Zebracorn", await client.GetStringAsync($"/source/{packId}?line=18"));
    }

    [Fact]
    public async Task A_meeting_ingested_after_the_lists_were_read_opens_at_once()
    {
        Assert.Single(_register.Meetings); // the lists are read (and the clock stands still, so they never age)
        var (pack, record) = WebFixture.TestPack();
        record.Meetings[0].Date = new DateOnly(2025, 4, 9);
        new Ingestor(_register.Store).Write([PreparedPack.From("/papers/hwb-2025-04-09.txt", pack, record, new string('a', 64))]);
        var added = _register.Store.Meetings(new Minutebook.Store.Queries.MeetingQuery { Limit = 10 }).Single(m => m.Date == new DateOnly(2025, 4, 9));
        using var client = Client();
        Assert.Contains($"/meetings/{added.Id}", await client.GetStringAsync("/meetings"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/meetings/{added.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/meetings/999999")).StatusCode);
    }

    [Fact]
    public async Task Store_search_marks_matches_and_keeps_exempt_text_from_the_public()
    {
        using var client = Client();
        var html = await client.GetStringAsync("/search?q=minister");
        Assert.Contains("<mark>minister</mark>", html);
        var exempt = await client.GetStringAsync("/search?q=Zebracorn");
        Assert.DoesNotContain("awarded to", exempt);
        Assert.Equal("[]", await client.GetStringAsync("/api/search?q=Zebracorn"));
        Assert.Contains("No results", exempt);
        Assert.DoesNotContain("Zebracorn", await client.GetStringAsync("/decisions"));
        Assert.Contains("<mark>plan</mark> be approved", await client.GetStringAsync("/decisions?q=plan&body=wellbeing"));
        Assert.DoesNotContain("be approved", await client.GetStringAsync("/decisions?body=cabinet"));
    }

    [Fact]
    public async Task The_people_list_counts_each_persons_meetings_as_their_own_page_does()
    {
        var people = _register.PeopleSummary;
        Assert.NotEmpty(people);
        foreach (var p in people)
        {
            var record = _register.Attendance(p.Key);
            Assert.Equal(record.Count, p.Meetings);
            Assert.Equal(record.Count(r => r.Attendance.Status == Model.AttendanceStatus.Present), p.Present);
            Assert.Equal(record[0].Attendance.Name, p.Name);
        }
        Assert.Contains(people, p => p.Name == "Dr Sam Other" && p.Present == 0 && p.Meetings == 1);
        using var client = Client();
        var html = await client.GetStringAsync("/people");
        Assert.Contains("Jane Doe</a> <span class=\"govuk-hint\">(1 of 1 meetings present)</span>", html);
    }

    [Fact]
    public async Task A_stored_meeting_lists_the_actions_set_there_from_the_registers_index()
    {
        var meeting = Assert.Single(_register.Meetings);
        var set = _register.ActionsSetAt(meeting.Id);
        Assert.Equal(_register.Actions.Where(a => a.Meeting.Id == meeting.Id).Select(a => a.Id), set.Select(a => a.Id));
        Assert.NotEmpty(set);
        Assert.Empty(_register.ActionsSetAt("999999"));
        using var client = Client();
        var html = await client.GetStringAsync($"/meetings/{meeting.Id}");
        Assert.Contains("Actions set at this meeting", html);
        foreach (var a in set) Assert.Contains($"href=\"/actions/{a.Id}\"", html);
    }

    [Fact]
    public async Task Store_actions_are_tracked_and_overdue_judged_against_the_clock()
    {
        using var client = Client();
        var overdue = await client.GetStringAsync("/actions?state=overdue");
        Assert.Contains("discharge to assess", overdue);
        Assert.DoesNotContain("write to the minister", overdue);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/meetings/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/source/999999")).StatusCode);
    }
}
