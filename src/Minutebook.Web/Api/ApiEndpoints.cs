using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Minutebook.Model;
using Minutebook.Web.Data;
using Minutebook.Web.Html;
using Minutebook.Web.Pages;

namespace Minutebook.Web.Api;

public sealed record SourceDto(string Pack, int Line, int? Page, string Url);
public sealed record MeetingSummaryDto(string Id, string? Authority, string? Body, DateOnly? Date, TimeOnly? Start, string? Venue, string[] Papers, string Url);
public sealed record AgendaItemDto(string Number, string Title, string? Description, PageRange? Pages, bool Exempt, SourceDto Source);
public sealed record AttendanceDto(string Name, string Status, string? Role, string? Organisation, SourceDto Source);
public sealed record ResolutionDto(string? Number, string Text, SourceDto Source);
public sealed record MinuteItemDto(string Number, string Title, bool Exempt, ResolutionDto[] Resolutions, SourceDto Source);
public sealed record ReportDto(string? Title, string? AgendaItem, string? Author, string? Summary, string[] Recommendations, SourceDto Source);
public sealed record ActionDto(string Id, string Text, string? Owner, string? Due, DateOnly? DueDate, string Status, string Meeting, string? ClosedByMeeting, string? Note, SourceDto Source);
public sealed record FindingDto(string Kind, string Severity, string Message, SourceDto? Source);
public sealed record MeetingDto(MeetingSummaryDto Meeting, AgendaItemDto[] Agenda, AttendanceDto[] Attendance, MinuteItemDto[] Minutes, ReportDto[] Reports, ActionDto[] Actions, FindingDto[] Findings, int Withheld);
public sealed record DecisionDto(string Meeting, DateOnly? Date, string? Body, string Item, string ItemTitle, string? Part, string Text, SourceDto Source);
public sealed record SeriesPointDto(string Label, DateOnly? Date, double Value, double? Budget, SourceDto? Source);
public sealed record SeriesDto(string Id, string Name, string? Unit, double? Target, SeriesPointDto[] Points);
public sealed record SearchHitDto(string Text, string Snippet, string Pack, string File, string? Meeting, int Line, int? Page, string Url);

/// <summary>The JSON API under /api, described by the OpenAPI document at /api/openapi.json (Microsoft.AspNetCore.OpenApi).</summary>
public static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapOpenApi("/api/openapi.json");
        var api = app.MapGroup("/api").WithTags("Register");
        api.MapGet("/meetings", (HttpContext ctx, Site site) => TypedResults.Ok(Exports.Meetings(ctx, site).Select(m => Summary(ctx, m)).ToArray()))
            .WithName("ListMeetings").WithSummary("Meetings, newest first (filter: body)");
        api.MapGet("/meetings/{id}", Results<Ok<MeetingDto>, NotFound> (HttpContext ctx, Site site, string id) =>
            site.Register.Meeting(id) is { } m ? TypedResults.Ok(Meeting(ctx, site, m)) : TypedResults.NotFound())
            .WithName("GetMeeting").WithSummary("A meeting: agenda, attendance, minutes and resolutions, reports, actions, findings; each with its source");
        api.MapGet("/decisions", (HttpContext ctx, Site site) => TypedResults.Ok(DecisionsPage.Visible(ctx, site, DecisionsPage.Filter(ctx))
                .Select(d => new DecisionDto(d.Meeting.Id, d.Meeting.Date, d.Meeting.Body, d.Item.Number, d.Item.Title, d.Resolution.Number, d.Resolution.Text, Src(ctx, d.PackId, d.Resolution.Source))).ToArray()))
            .WithName("ListDecisions").WithSummary("Resolutions (filters: authority, body, from, to as yyyy-MM-dd, q)");
        api.MapGet("/actions", (HttpContext ctx, Site site) => TypedResults.Ok(ActionPages.Filter(site, ctx.Q("state"), ctx.Q("owner"), ctx.Q("body")).Select(a => Action(ctx, site, a)).ToArray()))
            .WithName("ListActions").WithSummary("Actions (filters: state = open|done|overdue|all, owner, body)");
        api.MapGet("/indicators", (HttpContext ctx, Site site) => TypedResults.Ok(site.Register.Indicators.Concat(site.Register.BudgetLines).Select(s => SeriesOf(ctx, s)).ToArray()))
            .WithName("ListIndicators").WithSummary("Indicator and budget series across meetings");
        api.MapGet("/search", (HttpContext ctx, Site site) => TypedResults.Ok(site.Register.Search(ctx.Q("q") ?? "", ctx.IsOfficer(), 100)
                .Select(h => new SearchHitDto(h.Text, Layout.Highlight(h.Text, h.Marks, 300).Value, h.PackId, h.File, h.Meeting?.Id, h.Line, h.Page, Exports.Base(ctx) + Layout.SourceHref(h.PackId, h.Line))).ToArray()))
            .WithName("Search").WithSummary("Full-text search over the papers (q); snippet is HTML with <mark> around matches, all else escaped");
    }

    private static SourceDto Src(HttpContext ctx, string packId, SourceRef s) => new(packId, s.Line, s.Page, Exports.Base(ctx) + Layout.SourceHref(packId, s.Line));

    private static MeetingSummaryDto Summary(HttpContext ctx, MeetingEntry m) =>
        new(m.Id, m.Authority, m.Body, m.Date, m.Start, m.Venue, m.Parts.Select(p => p.PackId).ToArray(), Exports.Base(ctx) + Layout.MeetingHref(m.Id));

    private static ActionDto Action(HttpContext ctx, Site site, ActionEntry a) =>
        new(a.Id, a.Action.Text, a.Action.Owner, a.Action.Due, a.DueDate, a.StateName(site.Today), a.Meeting.Id, a.ClosedBy?.Id, a.Note, Src(ctx, a.PackId, a.Action.Source));

    private static SeriesDto SeriesOf(HttpContext ctx, Series s) =>
        new(s.Id, s.Name, s.Unit, s.Target, s.Points.Select((p, i) => new SeriesPointDto(p.Label, p.Date, p.Value, s.Budget is { } b && i < b.Count ? b[i] : null,
            p.PackId is { } pk && p.Line is { } l ? Src(ctx, pk, new SourceRef(l, null)) : null)).ToArray());

    private static MeetingDto Meeting(HttpContext ctx, Site site, MeetingEntry m)
    {
        bool officer = ctx.IsOfficer();
        int withheld = 0;
        var agenda = new List<AgendaItemDto>();
        if (m.Agenda is { } ap)
        {
            var flags = Exemption.Flags(ap.Meeting.AgendaItems, a => a.Title + " " + a.Description);
            for (int i = 0; i < flags.Length; i++)
            {
                var a = ap.Meeting.AgendaItems[i];
                if (flags[i] && !officer) { withheld++; continue; }
                agenda.Add(new AgendaItemDto(a.Number, a.Title, a.Description, a.Pages, flags[i], Src(ctx, ap.PackId, a.Source)));
            }
        }
        var minutes = new List<MinuteItemDto>();
        foreach (var p in m.Parts)
        {
            var flags = Exemption.Flags(p.Meeting.MinuteItems, i => i.Title);
            for (int i = 0; i < flags.Length; i++)
            {
                var it = p.Meeting.MinuteItems[i];
                if (flags[i] && !officer) { withheld++; continue; }
                minutes.Add(new MinuteItemDto(it.Number, it.Title, flags[i], it.Resolutions.Select(r => new ResolutionDto(r.Number, r.Text, Src(ctx, p.PackId, r.Source))).ToArray(), Src(ctx, p.PackId, it.Source)));
            }
        }
        var reports = new List<ReportDto>();
        foreach (var p in m.Parts)
            foreach (var r in p.Reports)
            {
                if (Exemption.IsMarked(r.Title) && !officer) { withheld++; continue; }
                reports.Add(new ReportDto(r.Title, r.AgendaItem, r.Author, r.Summary, r.Recommendations.ToArray(), Src(ctx, p.PackId, r.Source)));
            }
        return new MeetingDto(Summary(ctx, m), agenda.ToArray(),
            m.Parts.SelectMany(p => p.Meeting.Attendance.Select(a => new AttendanceDto(a.Name, a.Status, a.Role, a.Organisation, Src(ctx, p.PackId, a.Source)))).ToArray(),
            minutes.ToArray(), reports.ToArray(),
            site.Register.ActionsSetAt(m.Id).Select(a => Action(ctx, site, a)).ToArray(),
            m.Parts.SelectMany(p => p.Findings.Select(f => new FindingDto(f.Kind, f.Severity, f.Message, f.Source is { } s ? Src(ctx, p.PackId, s) : null))).ToArray(),
            withheld);
    }
}
