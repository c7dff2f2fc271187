using Microsoft.AspNetCore.Http;
using Minutebook.Web.Html;

namespace Minutebook.Web.Pages;

/// <summary>Every pack in the register, with the meetings read from it: a way into the text even where nothing was extracted.</summary>
public static class PapersPage
{
    public static IResult Get(HttpContext ctx, Site site)
    {
        var w = new HtmlWriter();
        w.Add($"<h1 class=\"govuk-heading-l\">Papers</h1>");
        w.Add($"<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">{site.Register.Packs.Count} packs</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">File</th><th scope=\"col\" class=\"govuk-table__header\">Meetings</th><th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Lines</th><th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Findings</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var p in site.Register.Packs.OrderBy(p => p.File, StringComparer.Ordinal))
        {
            var meetings = site.Register.Meetings.Where(m => m.Parts.Any(x => x.PackId == p.Id)).ToList();
            w.Add($"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"{Layout.SourceHref(p.Id, 1)}\">{p.File}</a></td><td class=\"govuk-table__cell\">");
            for (int i = 0; i < meetings.Count; i++)
                w.Add($"{(i > 0 ? new Raw("<br>") : default)}<a class=\"govuk-link\" href=\"{Layout.MeetingHref(meetings[i].Id)}\">{meetings[i].Title}</a>");
            w.Add($"</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">{p.LineCount}</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">{p.Findings.Count}</td></tr>");
        }
        w.Add($"</tbody></table>");
        return Layout.Page(ctx, "Papers", w);
    }
}
