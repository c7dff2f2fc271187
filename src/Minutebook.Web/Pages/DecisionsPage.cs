using Microsoft.AspNetCore.Http;
using Minutebook.Web.Data;
using Minutebook.Web.Html;

namespace Minutebook.Web.Pages;

public static class DecisionsPage
{
    public static DecisionFilter Filter(HttpContext ctx) =>
        new(ctx.Q("authority"), ctx.Q("body"), ctx.QDate("from"), ctx.QDate("to"), ctx.Q("q"));

    /// <summary>The decisions a viewer may see: exempt ones only for officers.</summary>
    public static IReadOnlyList<DecisionEntry> Visible(HttpContext ctx, Site site, DecisionFilter f) =>
        site.Register.Decisions(f).Where(d => !d.Exempt || ctx.IsOfficer()).ToList();

    /// <summary>Decisions on a page of the log.</summary>
    public const int PageSize = 50;

    public static IResult Get(HttpContext ctx, Site site)
    {
        var f = Filter(ctx);
        var all = site.Register.Decisions(f);
        bool capped = all.Count >= site.Register.DecisionsLimit;
        var visible = all.Where(d => !d.Exempt || ctx.IsOfficer()).ToList();
        if (Paging.Of(ctx, visible, PageSize) is not { } page) return Paging.NotFound(ctx, "Decisions log", "decisions");
        var (paging, decisions) = page;
        var w = new HtmlWriter();
        w.Add($"""
            <h1 class="govuk-heading-l">Decisions log</h1>
            <form method="get" action="/decisions">
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-one-half"><div class="govuk-form-group"><label class="govuk-label" for="authority">Authority</label><input class="govuk-input" id="authority" name="authority" type="text" value="{f.Authority}"></div></div>
              <div class="govuk-grid-column-one-half"><div class="govuk-form-group"><label class="govuk-label" for="body">Body</label><input class="govuk-input" id="body" name="body" type="text" value="{f.Body}"></div></div>
            </div>
            <div class="govuk-grid-row">
              <div class="govuk-grid-column-one-quarter"><div class="govuk-form-group"><label class="govuk-label" for="from">From</label><div class="govuk-hint" id="from-hint">For example, 2024-04-01</div><input class="govuk-input" id="from" name="from" type="date" value="{Format.Iso(f.From)}" aria-describedby="from-hint"></div></div>
              <div class="govuk-grid-column-one-quarter"><div class="govuk-form-group"><label class="govuk-label" for="to">To</label><div class="govuk-hint" id="to-hint">For example, 2025-03-31</div><input class="govuk-input" id="to" name="to" type="date" value="{Format.Iso(f.To)}" aria-describedby="to-hint"></div></div>
              <div class="govuk-grid-column-one-half"><div class="govuk-form-group"><label class="govuk-label" for="q">Words</label><div class="govuk-hint" id="q-hint">In the resolution or its item's title</div><input class="govuk-input" id="q" name="q" type="text" value="{f.Words}" aria-describedby="q-hint"></div></div>
            </div>
            <button class="govuk-button govuk-button--secondary" type="submit">Filter</button>
            </form>
            """);
        var qs = Paging.Query(ctx); // the filters, without the page
        w.Raw(Layout.ExportLinks(("/decisions.csv" + qs, "CSV"), ("/feeds/decisions.atom" + qs, "Atom feed"), ("/api/decisions" + qs, "JSON")));
        if (capped)
            w.Add($"<div class=\"govuk-inset-text\" id=\"decisions-capped\">Only the newest {site.Register.DecisionsLimit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} decisions that match are listed. Narrow the filter (body, dates or words) to reach older ones.</div>");
        var terms = MemoryRegister.Terms(f.Words);
        w.Add($"<table class=\"govuk-table\"><caption class=\"govuk-table__caption govuk-table__caption--s\">{paging.Showing("decisions")}</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Meeting</th><th scope=\"col\" class=\"govuk-table__header\">Item</th><th scope=\"col\" class=\"govuk-table__header\">Resolved</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var d in decisions)
            w.Add($"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"{Layout.MeetingHref(d.Meeting.Id)}\">{d.Meeting.Title}</a></td><td class=\"govuk-table__cell\">{d.Item.Number} {d.Item.Title}</td><td class=\"govuk-table__cell\">{(d.Resolution.Number is { } n ? "(" + n + ") " : "")}{Layout.Highlight(d.Resolution.Text, Marks(d.Resolution.Text, terms))} {Layout.SourceLink(d.PackId, d.Resolution.Source)}</td></tr>");
        w.Add($"</tbody></table>");
        w.Raw(paging.Nav(ctx));
        return Layout.Page(ctx, paging.Title("Decisions log"), w, feeds: [new("/feeds/decisions.atom" + qs, "New decisions")]);
    }

    internal static List<(int, int)> Marks(string text, string[] terms)
    {
        var marks = new List<(int, int)>();
        foreach (var t in terms)
            for (int at = MemoryRegister.IndexOfWord(text, t, 0); at >= 0; at = MemoryRegister.IndexOfWord(text, t, at + t.Length))
                marks.Add((at, t.Length));
        marks.Sort();
        return marks;
    }
}
