using Microsoft.AspNetCore.Http;
using Minutebook.Web.Data;
using Minutebook.Web.Html;

namespace Minutebook.Web.Pages;

/// <summary>Indicators (a series against its target) and budget lines (actual against budget, month by month).</summary>
public static class SeriesPages
{
    public static IResult Indicators(HttpContext ctx, Site site)
    {
        var w = new HtmlWriter();
        w.Add($"<h1 class=\"govuk-heading-l\">Indicators</h1>");
        var list = site.Register.Indicators;
        if (list.Count == 0) w.Add($"<p class=\"govuk-body\">No indicator series have been read from the papers yet.</p>");
        w.Add($"<ul class=\"govuk-list\">");
        foreach (var s in list)
            w.Add($"<li><a class=\"govuk-link\" href=\"/indicators/{Uri.EscapeDataString(s.Id)}\">{s.Name}</a> <span class=\"govuk-hint\">({s.Points.Count} points)</span></li>");
        w.Add($"</ul><p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/budget\">Budget lines across months</a></p>");
        return Layout.Page(ctx, "Indicators", w);
    }

    public static IResult Indicator(HttpContext ctx, Site site, string id)
    {
        var s = site.Register.Indicators.FirstOrDefault(x => x.Id == id);
        if (s is null) return Layout.Page(ctx, "Indicator not found", Endpoints.NotFound("Indicator not found"), 404);
        var w = new HtmlWriter();
        w.Add($"<span class=\"govuk-caption-l\">Indicator</span><h1 class=\"govuk-heading-l\">{s.Name}</h1>");
        Chart(w, s, "Value");
        return Layout.Page(ctx, s.Name, w);
    }

    public static IResult Budget(HttpContext ctx, Site site)
    {
        var w = new HtmlWriter();
        w.Add($"<h1 class=\"govuk-heading-l\">Budget lines across months</h1>");
        if (site.Register.BudgetLines.Count == 0) w.Add($"<p class=\"govuk-body\">No budget lines have been read from the papers yet.</p>");
        foreach (var s in site.Register.BudgetLines)
        {
            w.Add($"<h2 class=\"govuk-heading-m\">{s.Name}</h2>");
            Chart(w, s, "Actual");
        }
        return Layout.Page(ctx, "Budget lines", w);
    }

    /// <summary>The chart, then the same figures as a table (the accessible alternative), each citing its source.</summary>
    internal static void Chart(HtmlWriter w, Series s, string valueName)
    {
        w.Add($"<figure class=\"govuk-!-margin-0\">{SvgChart.Line(s)}</figure>");
        bool budget = s.Budget is not null;
        w.Add($"<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">{s.Name}{(s.Unit is { } u ? " (" + u + ")" : "")}</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Period</th>{(budget ? new Raw("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Budget</th>") : default)}<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">{valueName}</th>{(budget ? new Raw("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Variance</th>") : s.Target is not null ? new Raw("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Against target</th>") : default)}<th scope=\"col\" class=\"govuk-table__header\">Source</th></tr></thead><tbody class=\"govuk-table__body\">");
        for (int i = 0; i < s.Points.Count; i++)
        {
            var p = s.Points[i];
            double? b = budget && i < s.Budget!.Count ? s.Budget[i] : null;
            var extra = budget ? (b is { } bv ? Format.Number(p.Value - bv) : "") : s.Target is { } t ? Format.Number(p.Value - t) : null;
            w.Add($"<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">{p.Label}</th>{(budget ? HtmlWriter.Fragment($"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{(b is { } x ? Format.Number(x) : "")}</td>") : default)}<td class=\"govuk-table__cell govuk-table__cell--numeric\">{Format.Number(p.Value)}</td>{(extra is null ? default : HtmlWriter.Fragment($"<td class=\"govuk-table__cell govuk-table__cell--numeric\">{extra}</td>"))}<td class=\"govuk-table__cell\">{(p.PackId is { } pk && p.Line is { } ln ? Layout.SourceLink(pk, new Model.SourceRef(ln, null)) : default)}</td></tr>");
        }
        w.Add($"</tbody></table>");
    }
}
