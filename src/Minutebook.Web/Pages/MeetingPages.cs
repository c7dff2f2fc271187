using Microsoft.AspNetCore.Http;
using Minutebook.Model;
using Minutebook.Web.Data;
using Minutebook.Web.Html;

namespace Minutebook.Web.Pages;

public static class MeetingPages
{
    /// <summary>Meetings on a page of the list.</summary>
    public const int PageSize = 50;

    /// <summary>The meetings, newest first, a page at a time (read from the register a page at a time).</summary>
    public static IResult List(HttpContext ctx, Site site)
    {
        var body = ctx.Q("body");
        if (Paging.Requested(ctx) is not { } pageNumber) return Paging.NotFound(ctx, "Meetings", "meetings");
        var page = site.Register.MeetingsPage(body, (int)Math.Min(int.MaxValue, (long)(pageNumber - 1) * PageSize), PageSize);
        var paging = new Paging(pageNumber, PageSize, page.Total);
        if (!paging.IsValid) return Paging.NotFound(ctx, "Meetings", "meetings", paging.Pages);
        var w = new HtmlWriter();
        w.Add($"<h1 class=\"govuk-heading-l\">Meetings</h1>");
        w.Add($"""
            <form method="get" action="/meetings"><div class="govuk-form-group">
            <label class="govuk-label" for="body">Body</label>
            <input class="govuk-input govuk-!-width-one-half" id="body" name="body" type="text" value="{body}">
            <button class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" type="submit">Filter</button>
            </div></form>
            """);
        var qs = body is null ? "" : "?body=" + Uri.EscapeDataString(body);
        w.Raw(Layout.ExportLinks(("/meetings.csv" + qs, "CSV"), ("/meetings.ics" + qs, "iCalendar"), ("/feeds/meetings.atom" + qs, "Atom feed"), ("/api/meetings" + qs, "JSON")));
        w.Add($"<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--m\" id=\"meetings-shown\">{paging.Showing("meetings")}</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Date</th><th scope=\"col\" class=\"govuk-table__header\">Body</th><th scope=\"col\" class=\"govuk-table__header\">Authority</th><th scope=\"col\" class=\"govuk-table__header\">Papers</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var m in page.Rows)
            w.Add($"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">{Format.Date(m.Date)}</td><td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"{Layout.MeetingHref(m.Id)}\">{m.Body ?? "Meeting"}</a></td><td class=\"govuk-table__cell\">{m.Authority}</td><td class=\"govuk-table__cell\">{string.Join(", ", m.Parts.Select(p => p.Meeting.Role))}</td></tr>");
        w.Add($"</tbody></table>");
        w.Raw(paging.Nav(ctx));
        var title = paging.Title("Meetings");
        return Layout.Page(ctx, title, w, feeds: [new("/feeds/meetings.atom" + qs, "New meetings")]);
    }

    public static IResult Get(HttpContext ctx, Site site, string id)
    {
        var m = site.Register.Meeting(id);
        if (m is null) return Layout.Page(ctx, "Meeting not found", Endpoints.NotFound("Meeting not found", "There is no meeting with that address in the register."), 404);
        bool officer = ctx.IsOfficer();
        var today = site.Today;
        var w = new HtmlWriter();
        w.Add($"<span class=\"govuk-caption-l\">{m.Authority}</span><h1 class=\"govuk-heading-l\">{m.Body ?? "Meeting"}</h1>");
        w.Add($"<dl class=\"govuk-summary-list\">");
        Row(w, "Date", HtmlWriter.Fragment($"{Format.Date(m.Date)}{(m.Start is { } s ? " at " + Format.Time(s) : "")}"));
        if (m.Venue is not null) Row(w, "Venue", HtmlWriter.Fragment($"{m.Venue}"));
        foreach (var p in m.Parts)
        {
            var pack = site.Register.PackSummary(p.PackId);
            Row(w, p.Meeting.Role == MeetingRole.Agenda ? "Agenda pack" : "Minutes in", HtmlWriter.Fragment($"<a class=\"govuk-link\" href=\"{Layout.SourceHref(p.PackId, p.Meeting.Source?.Line ?? 1)}\">{pack?.File ?? p.PackId}</a>"));
        }
        w.Add($"</dl>");
        w.Raw(Layout.ExportLinks((Layout.MeetingHref(m.Id) + ".ics", "iCalendar"), (Layout.MeetingHref(m.Id) + "/ocd.json", "Open Civic Data event"), ("/api/meetings/" + Uri.EscapeDataString(m.Id), "JSON")));

        int withheld = 0;
        // Agenda
        if (m.Agenda is { } agenda && agenda.Meeting.AgendaItems.Count > 0)
        {
            var items = agenda.Meeting.AgendaItems;
            var flags = Exemption.Flags(items, a => a.Title + " " + a.Description);
            w.Add($"<h2 class=\"govuk-heading-m\" id=\"agenda\">Agenda</h2><table class=\"govuk-table\"><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Item</th><th scope=\"col\" class=\"govuk-table__header\">Title</th><th scope=\"col\" class=\"govuk-table__header\">Pages</th><th scope=\"col\" class=\"govuk-table__header\">Source</th></tr></thead><tbody class=\"govuk-table__body\">");
            for (int i = 0; i < items.Count; i++)
            {
                var a = items[i];
                if (flags[i] && !officer) { withheld++; continue; }
                w.Add($"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">{a.Number}</td><td class=\"govuk-table__cell\">{(flags[i] ? Layout.Tag("Exempt", "orange") : default)} {a.Title}{(a.Description is { } d ? HtmlWriter.Fragment($"<br><span class=\"govuk-hint\">{d}</span>") : default)}</td><td class=\"govuk-table__cell\">{Format.Pages(a.Pages)}</td><td class=\"govuk-table__cell\">{Layout.SourceLink(agenda.PackId, a.Source)}</td></tr>");
            }
            w.Add($"</tbody></table>");
        }
        // Attendance
        var attendance = m.Parts.SelectMany(p => p.Meeting.Attendance.Select(a => (p.PackId, a))).ToList();
        if (attendance.Count > 0)
        {
            w.Add($"<h2 class=\"govuk-heading-m\" id=\"attendance\">Attendance</h2>");
            foreach (var group in attendance.GroupBy(x => x.a.Status))
            {
                w.Add($"<h3 class=\"govuk-heading-s\">{StatusName(group.Key)}</h3><ul class=\"govuk-list\">");
                foreach (var (packId, a) in group)
                    w.Add($"<li><a class=\"govuk-link\" href=\"{Layout.PersonHref(a.Name)}\">{a.Name}</a>{(a.Role is { } r ? ", " + r : "")}{(a.Organisation is { } o ? ", " + o : "")}{(a.SubstituteFor is { } sf ? " (substitute for " + sf + ")" : "")} {Layout.SourceLink(packId, a.Source)}</li>");
                w.Add($"</ul>");
            }
        }
        // Declarations
        var declarations = m.Parts.SelectMany(p => p.Meeting.Declarations.Select(d => (p.PackId, d))).ToList();
        if (declarations.Count > 0)
        {
            w.Add($"<h2 class=\"govuk-heading-m\" id=\"declarations\">Declarations of interest</h2><ul class=\"govuk-list\">");
            foreach (var (packId, d) in declarations)
                w.Add($"<li>{(d.Name is null ? "No declarations were made." : $"{d.Name}{(d.Item is { } it ? " (item " + it + ")" : "")}: {d.Interest}")} {Layout.SourceLink(packId, d.Source)}</li>");
            w.Add($"</ul>");
        }
        // Minutes with resolutions
        foreach (var part in m.Parts.Where(p => p.Meeting.MinuteItems.Count > 0))
        {
            var items = part.Meeting.MinuteItems;
            var flags = Exemption.Flags(items, i => i.Title);
            w.Add($"<h2 class=\"govuk-heading-m\" id=\"minutes\">Minutes</h2>");
            for (int i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (flags[i] && !officer) { withheld++; continue; }
                w.Add($"<h3 class=\"govuk-heading-s\" id=\"minute-{MemoryRegister.Slug(item.Number)}\">{item.Number} {item.Title} {(flags[i] ? Layout.Tag("Exempt", "orange") : default)} {Layout.SourceLink(part.PackId, item.Source)}</h3>");
                if (item.Resolutions.Count > 0)
                {
                    w.Add($"<p class=\"govuk-body\">Resolved:</p><ol class=\"govuk-list govuk-list--number\">");
                    foreach (var r in item.Resolutions)
                        w.Add($"<li>{(r.Number is { } n ? HtmlWriter.Fragment($"<strong>{n}</strong> ") : default)}{r.Text} {Layout.SourceLink(part.PackId, r.Source)}</li>");
                    w.Add($"</ol>");
                }
            }
        }
        // Reports
        var reports = m.Parts.SelectMany(p => p.Reports.Select(r => (p.PackId, r))).ToList();
        if (reports.Count > 0)
        {
            w.Add($"<h2 class=\"govuk-heading-m\" id=\"reports\">Reports</h2>");
            foreach (var (packId, r) in reports)
            {
                bool exempt = Exemption.IsMarked(r.Title);
                if (exempt && !officer) { withheld++; continue; }
                w.Add($"<div class=\"govuk-summary-card\"><div class=\"govuk-summary-card__title-wrapper\"><h3 class=\"govuk-summary-card__title\">{(r.AgendaItem is { } ai ? ai + ". " : "")}{r.Title} {(exempt ? Layout.Tag("Exempt", "orange") : default)}</h3><ul class=\"govuk-summary-card__actions\"><li class=\"govuk-summary-card__action\">{Layout.SourceLink(packId, r.Source)}</li></ul></div><div class=\"govuk-summary-card__content\">");
                if (r.Author is not null) w.Add($"<p class=\"govuk-body-s\">By {r.Author}</p>");
                if (r.Summary is not null) w.Add($"<p class=\"govuk-body\">{r.Summary}</p>");
                if (r.Recommendations.Count > 0)
                {
                    w.Add($"<p class=\"govuk-body\"><strong>Recommendations</strong></p><ol class=\"govuk-list govuk-list--number\">");
                    foreach (var rec in r.Recommendations) w.Add($"<li>{rec}</li>");
                    w.Add($"</ol>");
                }
                w.Add($"</div></div>");
            }
        }
        // Actions
        var actions = site.Register.ActionsSetAt(m.Id);
        var closedHere = site.ActionsClosedAt(m.Id);
        if (actions.Count > 0 || closedHere.Count > 0)
        {
            w.Add($"<h2 class=\"govuk-heading-m\" id=\"actions\">Actions</h2>");
            if (actions.Count > 0) ActionPages.Table(w, actions, today, "Actions set at this meeting");
            if (closedHere.Count > 0) ActionPages.Table(w, closedHere, today, "Earlier actions closed at this meeting");
        }
        // Findings
        var findings = m.Parts.SelectMany(p => p.Findings.Select(f => (p.PackId, f))).ToList();
        if (findings.Count > 0)
        {
            w.Add($"<h2 class=\"govuk-heading-m\" id=\"findings\">Findings in these papers</h2><ul class=\"govuk-list govuk-list--spaced\">");
            foreach (var (packId, f) in findings)
                w.Add($"<li>{FindingsPage.SeverityTag(f.Severity)} {f.Message} {Layout.SourceLink(packId, f.Source)}</li>");
            w.Add($"</ul>");
        }
        if (withheld > 0)
            w.Add($"<div class=\"govuk-inset-text\" id=\"withheld\">{withheld} exempt or confidential {(withheld == 1 ? "item is" : "items are")} not shown. Officers can <a class=\"govuk-link\" href=\"/sign-in?returnUrl={Uri.EscapeDataString(Layout.MeetingHref(m.Id))}\">sign in</a> to see {(withheld == 1 ? "it" : "them")}.</div>");
        return Layout.Page(ctx, m.Title, w);
    }

    internal static void Row(HtmlWriter w, string key, Raw value) =>
        w.Add($"<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">{key}</dt><dd class=\"govuk-summary-list__value\">{value}</dd></div>");

    internal static string StatusName(string status) => status switch
    {
        AttendanceStatus.Present => "Present",
        AttendanceStatus.Apologies => "Apologies",
        AttendanceStatus.Absent => "Absent",
        AttendanceStatus.InAttendance => "In attendance",
        _ => status,
    };
}
