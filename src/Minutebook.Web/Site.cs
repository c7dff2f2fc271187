using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Minutebook.Web.Data;
using Minutebook.Web.Security;

namespace Minutebook.Web;

/// <summary>The register, the web service's own state and the clock: what every page needs.</summary>
public sealed class Site
{
    private readonly object _gate = new();

    public Site(IRegister register, WebState state, TimeProvider clock)
    {
        Register = register;
        State = state;
        Clock = clock;
        register.Reloaded += ApplyActionStates;
        ApplyActionStates();
    }

    public IRegister Register { get; }
    public WebState State { get; }
    public TimeProvider Clock { get; }
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    /// <summary>Applies the status officers gave actions (kept in <see cref="WebState"/>) to the register's actions.</summary>
    public void ApplyActionStates()
    {
        lock (_gate)
        {
            var states = State.ActionStates();
            foreach (var a in Register.Actions)
            {
                if (!states.TryGetValue(a.Id, out var s)) continue;
                a.Status = s.Status;
                a.Note = s.Note;
                a.ClosedBy = s.ClosedByMeeting is { } m ? Register.Meeting(m) : null;
            }
            _closedAt = null;
        }
    }

    private sealed record ClosedIndex(IReadOnlyList<ActionEntry> From, ILookup<string, ActionEntry> ByMeeting);
    private volatile ClosedIndex? _closedAt;

    /// <summary>
    /// The actions closed at a meeting (by later papers, or by an officer), from an index of the register's actions
    /// built once per list of actions and again whenever officers' states are applied.
    /// </summary>
    public IReadOnlyList<ActionEntry> ActionsClosedAt(string meetingId)
    {
        var actions = Register.Actions;
        var index = _closedAt;
        if (index is null || !ReferenceEquals(index.From, actions))
            lock (_gate) // not while officers' states are being applied
            {
                index = _closedAt;
                if (index is null || !ReferenceEquals(index.From, actions))
                    _closedAt = index = new ClosedIndex(actions, actions.Where(a => a.ClosedBy is not null).ToLookup(a => a.ClosedBy!.Id, StringComparer.Ordinal));
            }
        return index.ByMeeting[meetingId].ToList();
    }
}

public static class Viewer
{
    public const string OfficerRole = "officer";
    public static bool IsOfficer(this HttpContext ctx) => ctx.User.Identity?.IsAuthenticated == true && ctx.User.IsInRole(OfficerRole);
    public static string? UserName(this HttpContext ctx) => ctx.User.FindFirst(ClaimTypes.Name)?.Value;
}
