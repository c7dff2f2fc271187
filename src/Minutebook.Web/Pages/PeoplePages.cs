using Microsoft.AspNetCore.Http;
using Minutebook.Model;
using Minutebook.Web.Html;

namespace Minutebook.Web.Pages;

public static class PeoplePages
{
    public static IResult List(HttpContext ctx, Site site)
    {
        var w = new HtmlWriter();
        w.Add($"<h1 class=\"govuk-heading-l\">People</h1><p class=\"govuk-body\">Everyone the papers record at a meeting: members present, apologies, and others in attendance.</p>");
        var people = site.Register.PeopleSummary;
        if (people.Count == 0) w.Add($"<p class=\"govuk-body\">No attendance has been read yet.</p>");
        w.Add($"<ul class=\"govuk-list\">");
        foreach (var p in people)
            w.Add($"<li><a class=\"govuk-link\" href=\"/people/{Uri.EscapeDataString(p.Key)}\">{p.Name}</a> <span class=\"govuk-hint\">({p.Present} of {p.Meetings} meetings present)</span></li>");
        w.Add($"</ul>");
        return Layout.Page(ctx, "People", w);
    }

    public static IResult Get(HttpContext ctx, Site site, string key)
    {
        var rec = site.Register.Attendance(key);
        if (rec.Count == 0) return Layout.Page(ctx, "Person not found", Endpoints.NotFound("Person not found", "Nobody of that name is recorded at a meeting in the register."), 404);
        var w = new HtmlWriter();
        int present = rec.Count(r => r.Attendance.Status is AttendanceStatus.Present);
        w.Add($"<span class=\"govuk-caption-l\">Attendance record</span><h1 class=\"govuk-heading-l\">{rec[0].Attendance.Name}</h1>");
        w.Add($"<p class=\"govuk-body\">Present at {present} of the {rec.Count} meetings that record them; apologies at {rec.Count(r => r.Attendance.Status == AttendanceStatus.Apologies)}.</p>");
        w.Raw(Layout.ExportLinks(($"/people/{Uri.EscapeDataString(key)}.csv", "CSV")));
        w.Add($"<table class=\"govuk-table\"><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Meeting</th><th scope=\"col\" class=\"govuk-table__header\">Recorded as</th><th scope=\"col\" class=\"govuk-table__header\">Role</th><th scope=\"col\" class=\"govuk-table__header\">Source</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var r in rec.OrderByDescending(r => r.Meeting.Date))
            w.Add($"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"{Layout.MeetingHref(r.Meeting.Id)}\">{r.Meeting.Title}</a></td><td class=\"govuk-table__cell\">{MeetingPages.StatusName(r.Attendance.Status)}</td><td class=\"govuk-table__cell\">{r.Attendance.Role}{(r.Attendance.Organisation is { } o ? ", " + o : "")}</td><td class=\"govuk-table__cell\">{Layout.SourceLink(r.PackId, r.Attendance.Source)}</td></tr>");
        w.Add($"</tbody></table>");
        return Layout.Page(ctx, rec[0].Attendance.Name, w);
    }
}
