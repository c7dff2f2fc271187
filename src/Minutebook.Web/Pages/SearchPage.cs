using Microsoft.AspNetCore.Http;
using Minutebook.Web.Html;

namespace Minutebook.Web.Pages;

public static class SearchPage
{
    public static IResult Get(HttpContext ctx, Site site)
    {
        var q = ctx.Q("q");
        var w = new HtmlWriter();
        w.Add($"""
            <h1 class="govuk-heading-l">Search the papers</h1>
            <form action="/search" method="get" role="search"><div class="govuk-form-group">
              <label class="govuk-label" for="q">Words to find</label>
              <div class="govuk-hint" id="q-hint">Every word must appear in the line. Results show the pack, page and line.</div>
              <input class="govuk-input govuk-!-width-two-thirds" id="q" name="q" type="search" value="{q}" aria-describedby="q-hint">
              <button class="govuk-button govuk-!-margin-bottom-0" type="submit">Search</button>
            </div></form>
            """);
        if (q is null) return Layout.Page(ctx, "Search", w);
        var hits = site.Register.Search(q, ctx.IsOfficer(), 100);
        var qs = "?q=" + Uri.EscapeDataString(q);
        w.Add($"<h2 class=\"govuk-heading-m\" id=\"results\">{(hits.Count == 0 ? "No results" : hits.Count == 1 ? "1 result" : $"{hits.Count}{(hits.Count == 100 ? " or more" : "")} results")} for ‘{q}’</h2>");
        w.Raw(Layout.ExportLinks(("/search.csv" + qs, "CSV"), ("/feeds/search.atom" + qs, "Atom feed of new matches"), ("/api/search" + qs, "JSON")));
        w.Add($"<ol class=\"govuk-list mb-results\">");
        foreach (var h in hits)
        {
            w.Add($"""
                <li class="govuk-!-margin-bottom-4"><p class="govuk-body govuk-!-margin-bottom-1">{Layout.Highlight(h.Text, h.Marks, 300)}</p>
                <p class="govuk-body-s govuk-!-margin-bottom-0">{(h.Meeting is { } m ? HtmlWriter.Fragment($"<a class=\"govuk-link\" href=\"{Layout.MeetingHref(m.Id)}\">{m.Title}</a> · ") : default)}{h.File} · <a class="govuk-link" href="{Layout.SourceHref(h.PackId, h.Line)}">{(h.Page is { } p ? $"page {p}, " : "")}line {h.Line}</a></p></li>
                """);
        }
        w.Add($"</ol>");
        return Layout.Page(ctx, $"Search: {q}", w, feeds: [new("/feeds/search.atom" + qs, $"New matches for {q}")]);
    }
}
