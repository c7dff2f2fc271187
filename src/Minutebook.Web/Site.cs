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
        }
    }
}

public static class Viewer
{
    public const string OfficerRole = "officer";
    public static bool IsOfficer(this HttpContext ctx) => ctx.User.Identity?.IsAuthenticated == true && ctx.User.IsInRole(OfficerRole);
    public static string? UserName(this HttpContext ctx) => ctx.User.FindFirst(ClaimTypes.Name)?.Value;
}
