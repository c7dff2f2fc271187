using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Minutebook.Web.Data;
using Minutebook.Web.Html;
using Minutebook.Web.Security;

namespace Minutebook.Web.Pages;

public static class ActionPages
{
    public static IReadOnlyList<ActionEntry> Filter(Site site, string? state, string? owner, string? body)
    {
        var today = site.Today;
        return site.Register.Actions
            .Where(a => state is null or "all" || a.StateName(today) == state || (state == ActionStatus.Open && a.Status == ActionStatus.Open))
            .Where(a => owner is null || (a.Action.Owner?.Contains(owner, StringComparison.OrdinalIgnoreCase) ?? false))
            .Where(a => body is null || (a.Meeting.Body?.Contains(body, StringComparison.OrdinalIgnoreCase) ?? false))
            .OrderByDescending(a => a.IsOverdue(today)).ThenBy(a => a.Status).ThenBy(a => a.DueDate ?? DateOnly.MaxValue)
            .ToList();
    }

    /// <summary>Actions on a page of the tracker.</summary>
    public const int PageSize = 50;

    public static IResult List(HttpContext ctx, Site site)
    {
        string? state = ctx.Q("state"), owner = ctx.Q("owner"), body = ctx.Q("body");
        if (Paging.Of(ctx, Filter(site, state, owner, body), PageSize) is not { } page) return Paging.NotFound(ctx, "Action tracker", "actions");
        var (paging, actions) = page;
        var w = new HtmlWriter();
        w.Add($"<h1 class=\"govuk-heading-l\">Action tracker</h1>");
        w.Add($"<form method=\"get\" action=\"/actions\"><div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-one-third\"><div class=\"govuk-form-group\"><label class=\"govuk-label\" for=\"state\">Status</label><select class=\"govuk-select\" id=\"state\" name=\"state\">");
        foreach (var (v, label) in new[] { ("all", "All"), ("open", "Open"), ("overdue", "Overdue"), ("done", "Done") })
            w.Add($"<option value=\"{v}\"{((state ?? "all") == v ? new Raw(" selected") : default)}>{label}</option>");
        w.Add($"""
            </select></div></div>
            <div class="govuk-grid-column-one-third"><div class="govuk-form-group"><label class="govuk-label" for="owner">Owner</label><input class="govuk-input" id="owner" name="owner" type="text" value="{owner}"></div></div>
            <div class="govuk-grid-column-one-third"><div class="govuk-form-group"><label class="govuk-label" for="body">Body</label><input class="govuk-input" id="body" name="body" type="text" value="{body}"></div></div>
            </div><button class="govuk-button govuk-button--secondary" type="submit">Filter</button></form>
            """);
        var qs = Paging.Query(ctx); // the filters, without the page
        w.Raw(Layout.ExportLinks(("/actions.csv" + qs, "CSV"), ("/feeds/actions.atom" + qs, "Atom feed"), ("/api/actions" + qs, "JSON")));
        Table(w, actions, site.Today, paging.Showing("actions"));
        w.Raw(paging.Nav(ctx));
        return Layout.Page(ctx, paging.Title("Action tracker"), w, feeds: [new("/feeds/actions.atom" + qs, "New actions")]);
    }

    internal static void Table(HtmlWriter w, IReadOnlyList<ActionEntry> actions, DateOnly today, string caption)
    {
        w.Add($"<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">{caption}</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Action</th><th scope=\"col\" class=\"govuk-table__header\">Owner</th><th scope=\"col\" class=\"govuk-table__header\">Due</th><th scope=\"col\" class=\"govuk-table__header\">Status</th><th scope=\"col\" class=\"govuk-table__header\">Set at</th><th scope=\"col\" class=\"govuk-table__header\">Closed at</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var a in actions)
            w.Add($"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/actions/{Uri.EscapeDataString(a.Id)}\">{HomePage.Short(a.Action.Text, 200)}</a> {Layout.SourceLink(a.PackId, a.Action.Source)}</td><td class=\"govuk-table__cell\">{a.Action.Owner}</td><td class=\"govuk-table__cell\">{a.Action.Due}</td><td class=\"govuk-table__cell\">{Layout.StateTag(a.StateName(today))}</td><td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"{Layout.MeetingHref(a.Meeting.Id)}\">{a.Meeting.Title}</a></td><td class=\"govuk-table__cell\">{(a.ClosedBy is { } c ? HtmlWriter.Fragment($"<a class=\"govuk-link\" href=\"{Layout.MeetingHref(c.Id)}\">{c.Title}</a>") : default)}</td></tr>");
        w.Add($"</tbody></table>");
    }

    public static IResult Get(HttpContext ctx, Site site, string id)
    {
        var a = site.Register.Action(id);
        if (a is null) return Layout.Page(ctx, "Action not found", Endpoints.NotFound("Action not found"), 404);
        var today = site.Today;
        var w = new HtmlWriter();
        if (ctx.Q("saved") == "1")
            w.Add($"<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" aria-labelledby=\"saved-title\"><div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"saved-title\">Success</h2></div><div class=\"govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">The action was updated.</p></div></div>");
        w.Add($"<span class=\"govuk-caption-l\">Action</span><h1 class=\"govuk-heading-l\">{HomePage.Short(a.Action.Text, 120)}</h1><dl class=\"govuk-summary-list\">");
        MeetingPages.Row(w, "Action", HtmlWriter.Fragment($"{a.Action.Text} {Layout.SourceLink(a.PackId, a.Action.Source)}"));
        MeetingPages.Row(w, "Owner", HtmlWriter.Fragment($"{a.Action.Owner ?? "Not named"}"));
        MeetingPages.Row(w, "Due", HtmlWriter.Fragment($"{a.Action.Due ?? "Not given"}{(a.DueDate is { } d && a.Action.Due != Format.Date(d) ? " (" + Format.Date(d) + ")" : "")}"));
        MeetingPages.Row(w, "Status", Layout.StateTag(a.StateName(today)));
        MeetingPages.Row(w, "Set at", HtmlWriter.Fragment($"<a class=\"govuk-link\" href=\"{Layout.MeetingHref(a.Meeting.Id)}\">{a.Meeting.Title}</a>{(a.Action.MinuteItem is { } mi ? ", minute " + mi : "")}"));
        if (a.ClosedBy is { } c) MeetingPages.Row(w, "Closed at", HtmlWriter.Fragment($"<a class=\"govuk-link\" href=\"{Layout.MeetingHref(c.Id)}\">{c.Title}</a>"));
        if (a.Note is not null) MeetingPages.Row(w, "Note", HtmlWriter.Fragment($"{a.Note}"));
        w.Add($"</dl>");
        if (ctx.IsOfficer())
        {
            var later = site.Register.Meetings.Where(m => m.Id != a.Meeting.Id && (a.Meeting.Date is null || m.Date is null || m.Date >= a.Meeting.Date))
                .OrderBy(m => m.Body == a.Meeting.Body ? 0 : 1).ThenBy(m => m.Date).Take(60).ToList();
            w.Add($"""
                <h2 class="govuk-heading-m">Update this action</h2>
                <form method="post" action="/actions/{Uri.EscapeDataString(a.Id)}" novalidate>{Layout.AntiForgery(ctx)}
                <div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Status</legend>
                <div class="govuk-radios govuk-radios--inline">
                  <div class="govuk-radios__item"><input class="govuk-radios__input" id="status-open" name="status" type="radio" value="open"{(a.Status == ActionStatus.Open ? new Raw(" checked") : default)}><label class="govuk-label govuk-radios__label" for="status-open">Open</label></div>
                  <div class="govuk-radios__item"><input class="govuk-radios__input" id="status-done" name="status" type="radio" value="done"{(a.Status == ActionStatus.Done ? new Raw(" checked") : default)}><label class="govuk-label govuk-radios__label" for="status-done">Done</label></div>
                </div></fieldset></div>
                <div class="govuk-form-group"><label class="govuk-label" for="closedBy">Closed at meeting (optional)</label><select class="govuk-select" id="closedBy" name="closedBy"><option value="">None</option>
                """);
            foreach (var m in later)
                w.Add($"<option value=\"{m.Id}\"{(a.ClosedBy?.Id == m.Id ? new Raw(" selected") : default)}>{m.Title}</option>");
            w.Add($"""
                </select></div>
                <div class="govuk-form-group"><label class="govuk-label" for="note">Note</label><textarea class="govuk-textarea" id="note" name="note" rows="3">{a.Note}</textarea></div>
                <button class="govuk-button" type="submit" id="save-action">Save</button>
                </form>
                """);
        }
        else
            w.Add($"<p class=\"govuk-body\">Officers can <a class=\"govuk-link\" href=\"/sign-in?returnUrl={Uri.EscapeDataString("/actions/" + a.Id)}\">sign in</a> to update this action.</p>");
        return Layout.Page(ctx, "Action", w);
    }

    public static async Task<IResult> Post(HttpContext ctx, Site site, IAntiforgery antiforgery, string id)
    {
        if (!ctx.IsOfficer()) return Results.StatusCode(StatusCodes.Status403Forbidden);
        if (!await antiforgery.IsRequestValidAsync(ctx)) return Results.BadRequest("The form had expired or did not come from this site. Go back, reload the page and try again.");
        var a = site.Register.Action(id);
        if (a is null) return Results.NotFound();
        var form = await ctx.Request.ReadFormAsync();
        var status = form["status"].ToString();
        if (status is not (ActionStatus.Open or ActionStatus.Done)) return Results.BadRequest("Status must be open or done.");
        var note = form["note"].ToString().Trim();
        if (note.Length > 4000) return Results.BadRequest("The note is too long (4,000 characters at most).");
        var closedBy = form["closedBy"].ToString();
        if (closedBy.Length > 0 && site.Register.Meeting(closedBy) is null) return Results.BadRequest("No such meeting.");
        site.State.SetActionState(new ActionState(a.Id, status, note.Length == 0 ? null : note, closedBy.Length == 0 ? null : closedBy, ctx.UserName()!, site.Clock.GetUtcNow()), a.Status);
        site.ApplyActionStates();
        return Results.Redirect($"/actions/{Uri.EscapeDataString(a.Id)}?saved=1", permanent: false);
    }
}
