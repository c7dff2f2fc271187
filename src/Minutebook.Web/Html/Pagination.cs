using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Minutebook.Web.Html;

/// <summary>
/// Which page of a long list a request asks for (<c>?page=N</c>, the first page without it), and the GOV.UK Frontend
/// pagination component under the list: previous and next, the first and last pages, the pages around the current
/// one, ellipses for the rest. Page links keep every other parameter of the request (the list's filters).
/// </summary>
public sealed record Paging(int Page, int PageSize, int Total)
{
    public const string Parameter = "page";

    /// <summary>Pages in the list; an empty list has one (empty) page.</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public int Offset => (Page - 1) * PageSize;
    public bool IsValid => Page >= 1 && Page <= Pages;

    /// <summary>
    /// The page a request asks for: 1 when it names none, null when <c>page</c> is not a whole number of at least 1
    /// (such a request is answered "not found", as a page past the last one is).
    /// </summary>
    public static int? Requested(HttpContext ctx)
    {
        var values = ctx.Request.Query[Parameter];
        if (values.Count == 0) return 1;
        return values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : null;
    }

    /// <summary>"Showing 101 to 200 of 10,000 meetings".</summary>
    public string Showing(string noun) => Total == 0
        ? $"No {noun}"
        : $"Showing {N(Offset + 1)} to {N(Math.Min(Offset + PageSize, Total))} of {N(Total)} {noun}";

    /// <summary>The page's title: "Meetings (page 2 of 200)", or just "Meetings" when there is one page.</summary>
    public string Title(string title) => Pages > 1 ? $"{title} (page {Page} of {Pages})" : title;

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The address of page <paramref name="page"/>: this request's path and parameters with only the page changed.</summary>
    public static string Href(HttpContext ctx, int page) => ctx.Request.PathBase + ctx.Request.Path + Query(ctx, page);

    /// <summary>This request's parameters with only the page changed (none for the first page): "?body=x&amp;page=2", or "".</summary>
    public static string Query(HttpContext ctx, int page = 1)
    {
        var query = new QueryBuilder();
        foreach (var (key, values) in ctx.Request.Query)
            if (!string.Equals(key, Parameter, StringComparison.OrdinalIgnoreCase))
                foreach (var v in values) query.Add(key, v ?? "");
        if (page > 1) query.Add(Parameter, page.ToString(CultureInfo.InvariantCulture));
        return query.ToQueryString().Value ?? "";
    }

    /// <summary>
    /// The page numbers to show, 0 standing for an ellipsis: the first and last, and the current one with its
    /// neighbours; a gap of a single page shows that page rather than an ellipsis.
    /// </summary>
    public IReadOnlyList<int> Numbers()
    {
        var shown = new SortedSet<int> { 1, Pages };
        for (int p = Page - 1; p <= Page + 1; p++)
            if (p >= 1 && p <= Pages) shown.Add(p);
        var list = new List<int>();
        int last = 0;
        foreach (var p in shown)
        {
            if (p - last == 2) list.Add(p - 1);
            else if (p - last > 2) list.Add(0);
            list.Add(p);
            last = p;
        }
        return list;
    }

    /// <summary>The GOV.UK Frontend pagination component (nothing when the list fits on one page).</summary>
    public Raw Nav(HttpContext ctx)
    {
        if (Pages <= 1) return new Raw("");
        var w = new HtmlWriter();
        w.Add($"<nav class=\"govuk-pagination\" aria-label=\"Pagination\">");
        if (Page > 1)
            w.Add($"<div class=\"govuk-pagination__prev\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Href(ctx, Page - 1)}\" rel=\"prev\"><svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg><span class=\"govuk-pagination__link-title\">Previous<span class=\"govuk-visually-hidden\"> page</span></span></a></div>");
        w.Add($"<ul class=\"govuk-pagination__list\">");
        foreach (var p in Numbers())
        {
            if (p == 0) w.Add($"<li class=\"govuk-pagination__item govuk-pagination__item--ellipsis\">&ctdot;</li>");
            else if (p == Page) w.Add($"<li class=\"govuk-pagination__item govuk-pagination__item--current\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Href(ctx, p)}\" aria-label=\"Page {p}\" aria-current=\"page\">{p}</a></li>");
            else w.Add($"<li class=\"govuk-pagination__item\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Href(ctx, p)}\" aria-label=\"Page {p}\">{p}</a></li>");
        }
        w.Add($"</ul>");
        if (Page < Pages)
            w.Add($"<div class=\"govuk-pagination__next\"><a class=\"govuk-link govuk-pagination__link\" href=\"{Href(ctx, Page + 1)}\" rel=\"next\"><span class=\"govuk-pagination__link-title\">Next<span class=\"govuk-visually-hidden\"> page</span></span><svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg></a></div>");
        w.Add($"</nav>");
        return new Raw(w.ToString());
    }

    /// <summary>The "not found" page for a page number the list does not have, linking to its first page.</summary>
    public static IResult NotFound(HttpContext ctx, string title, string noun, int? pages = null)
    {
        var w = new HtmlWriter();
        w.Add($"<h1 class=\"govuk-heading-l\">Page not found</h1><p class=\"govuk-body\">There is no such page of {noun}.{(pages is { } n ? $" The list has {n.ToString("N0", CultureInfo.InvariantCulture)} {(n == 1 ? "page" : "pages")}." : "")}</p>");
        w.Add($"<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"{Href(ctx, 1)}\">Go to the first page of {noun}</a></p>");
        return Layout.Page(ctx, title + " – page not found", w, 404);
    }

    /// <summary>
    /// A page of a list held in memory (for lists the register keeps whole anyway): the rows of the requested page,
    /// or null when that page does not exist.
    /// </summary>
    public static (Paging Paging, IReadOnlyList<T> Rows)? Of<T>(HttpContext ctx, IReadOnlyList<T> all, int pageSize)
    {
        if (Requested(ctx) is not { } page) return null;
        var paging = new Paging(page, pageSize, all.Count);
        if (!paging.IsValid) return null;
        var rows = new List<T>(Math.Min(pageSize, all.Count - paging.Offset));
        for (int i = paging.Offset; i < Math.Min(all.Count, paging.Offset + pageSize); i++) rows.Add(all[i]);
        return (paging, rows);
    }
}
