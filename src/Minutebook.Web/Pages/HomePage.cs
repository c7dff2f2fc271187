using Microsoft.AspNetCore.Http;
using Minutebook.Web.Html;

namespace Minutebook.Web.Pages;

public static class HomePage
{
    public static IResult Get(HttpContext ctx, Site site)
    {
        var r = site.Register;
        var today = site.Today;
        var w = new HtmlWriter();
        w.Add($"""
            <h1 class="govuk-heading-xl">Board papers register</h1>
            <p class="govuk-body-l">Meetings, decisions and actions of health and care boards, read from their published papers. Every fact links to the line it came from.</p>
            <form action="/search" method="get" role="search" class="govuk-!-margin-bottom-6">
              <div class="govuk-form-group">
                <label class="govuk-label govuk-label--s" for="home-q">Search the papers</label>
                <input class="govuk-input govuk-!-width-two-thirds" id="home-q" name="q" type="search">
                <button class="govuk-button govuk-!-margin-bottom-0" type="submit">Search</button>
              </div>
            </form>
            <p class="govuk-body">{r.Meetings.Count} meetings from {r.Packs.Count} packs.</p>
            <div class="govuk-grid-row"><div class="govuk-grid-column-one-half">
            <h2 class="govuk-heading-m">Recent meetings</h2>
            """);
        if (r.Meetings.Count == 0) w.Add($"<p class=\"govuk-body\">No meetings yet. An officer can upload a pack, or start the server with <code>--ingest</code>.</p>");
        else
        {
            w.Add($"<ul class=\"govuk-list govuk-list--spaced\">");
            foreach (var m in r.Meetings.Take(10))
                w.Add($"<li><a class=\"govuk-link\" href=\"{Layout.MeetingHref(m.Id)}\">{m.Title}</a>{(m.Authority is { } a ? HtmlWriter.Fragment($"<br><span class=\"govuk-hint\">{a}</span>") : default)}</li>");
            w.Add($"</ul><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/meetings\">All meetings</a></p>");
        }
        w.Add($"</div><div class=\"govuk-grid-column-one-half\"><h2 class=\"govuk-heading-m\">Open and overdue actions</h2>");
        var open = r.Actions.Where(a => a.Status == Data.ActionStatus.Open).OrderByDescending(a => a.IsOverdue(today)).ThenBy(a => a.DueDate ?? DateOnly.MaxValue).Take(10).ToList();
        if (open.Count == 0) w.Add($"<p class=\"govuk-body\">No open actions.</p>");
        else
        {
            w.Add($"<ul class=\"govuk-list govuk-list--spaced\">");
            foreach (var a in open)
                w.Add($"<li>{Layout.StateTag(a.StateName(today))} <a class=\"govuk-link\" href=\"/actions/{Uri.EscapeDataString(a.Id)}\">{Short(a.Action.Text, 140)}</a><br><span class=\"govuk-hint\">{a.Action.Owner ?? "No owner named"}{(a.Action.Due is { } d ? " · due " + d : "")}</span></li>");
            w.Add($"</ul>");
        }
        w.Add($"<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/actions\">Action tracker</a></p></div></div>");
        w.Add($"<h2 class=\"govuk-heading-m\">Latest findings in the papers</h2>");
        var findings = r.Findings.Take(10).ToList();
        if (findings.Count == 0) w.Add($"<p class=\"govuk-body\">No findings.</p>");
        else
        {
            w.Add($"<ul class=\"govuk-list govuk-list--spaced\">");
            foreach (var f in findings)
                w.Add($"<li>{FindingsPage.SeverityTag(f.Finding.Severity)} {f.Finding.Message} {Layout.SourceLink(f.Pack.Id, f.Finding.Source)}<br><span class=\"govuk-hint\">{f.Meeting?.Title ?? f.Pack.File}</span></li>");
            w.Add($"</ul><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/findings\">All findings</a></p>");
        }
        return Layout.Page(ctx, "Board papers register", w, feeds: [new("/feeds/meetings.atom", "New meetings"), new("/feeds/decisions.atom", "New decisions"), new("/feeds/actions.atom", "New actions")]);
    }

    internal static string Short(string text, int max)
    {
        if (text.Length <= max) return text;
        int cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)] + "…";
    }
}
