using Microsoft.AspNetCore.Http;
using Minutebook.Web.Data;
using Minutebook.Web.Html;

namespace Minutebook.Web.Pages;

/// <summary>Every pack in the register, with the meetings read from it: a way into the text even where nothing was extracted.</summary>
public static class PapersPage
{
    /// <summary>Packs on a page of the list.</summary>
    public const int PageSize = 50;

    public static IResult Get(HttpContext ctx, Site site)
    {
        var packs = site.Register.Packs.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        if (Paging.Of(ctx, packs, PageSize) is not { } page) return Paging.NotFound(ctx, "Papers", "papers");
        var (paging, rows) = page;
        // the meetings read from each pack on this page, in one pass over the meetings (not one per pack)
        var shown = rows.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var meetingsOf = new Dictionary<string, List<MeetingEntry>>(StringComparer.Ordinal);
        foreach (var m in site.Register.Meetings)
            foreach (var packId in m.Parts.Select(x => x.PackId).Distinct())
                if (shown.Contains(packId))
                {
                    if (!meetingsOf.TryGetValue(packId, out var list)) meetingsOf[packId] = list = [];
                    list.Add(m);
                }
        var w = new HtmlWriter();
        w.Add($"<h1 class=\"govuk-heading-l\">Papers</h1>");
        w.Add($"<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">{paging.Showing("packs")}</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">File</th><th scope=\"col\" class=\"govuk-table__header\">Meetings</th><th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Lines</th><th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Findings</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var p in rows)
        {
            var meetings = meetingsOf.GetValueOrDefault(p.Id) ?? [];
            w.Add($"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"{Layout.SourceHref(p.Id, 1)}\">{p.File}</a></td><td class=\"govuk-table__cell\">");
            for (int i = 0; i < meetings.Count; i++)
                w.Add($"{(i > 0 ? new Raw("<br>") : default)}<a class=\"govuk-link\" href=\"{Layout.MeetingHref(meetings[i].Id)}\">{meetings[i].Title}</a>");
            w.Add($"</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">{p.LineCount}</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">{p.Findings.Count}</td></tr>");
        }
        w.Add($"</tbody></table>");
        w.Raw(paging.Nav(ctx));
        return Layout.Page(ctx, paging.Title("Papers"), w);
    }
}
