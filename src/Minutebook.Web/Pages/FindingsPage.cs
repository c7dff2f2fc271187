using Microsoft.AspNetCore.Http;
using Minutebook.Model;
using Minutebook.Web.Html;

namespace Minutebook.Web.Pages;

public static class FindingsPage
{
    public static Raw SeverityTag(string severity) => severity switch
    {
        Severity.Error => Layout.Tag("Error", "red"),
        Severity.Warning => Layout.Tag("Warning", "yellow"),
        _ => Layout.Tag("Note", "grey"),
    };

    /// <summary>Findings on a page of the list.</summary>
    public const int PageSize = 50;

    public static IResult Get(HttpContext ctx, Site site)
    {
        var severity = ctx.Q("severity");
        if (Paging.Of(ctx, site.Register.Findings.Where(f => severity is null || f.Finding.Severity == severity).ToList(), PageSize) is not { } page)
            return Paging.NotFound(ctx, "Findings", "findings");
        var (paging, findings) = page;
        var w = new HtmlWriter();
        w.Add($"<h1 class=\"govuk-heading-l\">Findings in the papers</h1><p class=\"govuk-body\">Errors and oddities in the published papers themselves: totals that do not add up, dates that disagree, items missing.</p>");
        w.Raw(Layout.ExportLinks(("/findings.csv", "CSV")));
        w.Add($"<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">{paging.Showing("findings")}</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Severity</th><th scope=\"col\" class=\"govuk-table__header\">Finding</th><th scope=\"col\" class=\"govuk-table__header\">Papers</th><th scope=\"col\" class=\"govuk-table__header\">Source</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var f in findings)
            w.Add($"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">{SeverityTag(f.Finding.Severity)}</td><td class=\"govuk-table__cell\">{f.Finding.Message}<br><span class=\"govuk-hint\">{f.Finding.Kind}</span></td><td class=\"govuk-table__cell\">{(f.Meeting is { } m ? HtmlWriter.Fragment($"<a class=\"govuk-link\" href=\"{Layout.MeetingHref(m.Id)}\">{m.Title}</a>") : HtmlWriter.Fragment($"{f.Pack.File}"))}</td><td class=\"govuk-table__cell\">{Layout.SourceLink(f.Pack.Id, f.Finding.Source)}</td></tr>");
        w.Add($"</tbody></table>");
        w.Raw(paging.Nav(ctx));
        return Layout.Page(ctx, paging.Title("Findings"), w);
    }
}
