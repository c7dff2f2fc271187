using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Minutebook.Model;

namespace Minutebook.Web.Html;

/// <summary>The GOV.UK Frontend page template (no JavaScript) and the small pieces every page shares.</summary>
public static class Layout
{
    private static readonly (string Href, string Label)[] Nav =
    [
        ("/meetings", "Meetings"), ("/papers", "Papers"), ("/decisions", "Decisions"), ("/actions", "Actions"), ("/people", "People"),
        ("/indicators", "Indicators"), ("/findings", "Findings"), ("/search", "Search"),
    ];

    public sealed record Feed(string Href, string Title);

    public static IResult Page(HttpContext ctx, string title, HtmlWriter body, int status = 200, IEnumerable<Feed>? feeds = null)
    {
        var w = new HtmlWriter();
        w.Add($"""
            <!DOCTYPE html>
            <html lang="en" class="govuk-template govuk-template--rebranded">
            <head>
            <meta charset="utf-8">
            <title>{title} – Minutebook</title>
            <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
            <link rel="icon" href="/favicon.ico">
            <link rel="stylesheet" href="/css/govuk-frontend.min.css">
            <link rel="stylesheet" href="/css/app.css">

            """);
        foreach (var f in feeds ?? []) w.Add($"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{f.Href}\" title=\"{f.Title}\">\n");
        w.Add($"""
            </head>
            <body class="govuk-template__body">
            <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
            <div class="govuk-generic-header">
              <div class="govuk-generic-header__container govuk-width-container">
                <div class="govuk-generic-header__logo"><a href="/" class="govuk-generic-header__homepage-link">Minutebook</a></div>
              </div>
            </div>
            <section aria-label="Service information" class="govuk-service-navigation">
              <div class="govuk-width-container"><div class="govuk-service-navigation__container">
                <span class="govuk-service-navigation__service-name"><a href="/" class="govuk-service-navigation__link">Board papers register</a></span>
                <nav aria-label="Menu" class="govuk-service-navigation__wrapper"><ul class="govuk-service-navigation__list" id="navigation">

            """);
        var path = ctx.Request.Path.Value ?? "/";
        foreach (var (href, label) in Nav)
        {
            bool active = path.StartsWith(href, StringComparison.Ordinal);
            w.Add($"<li class=\"govuk-service-navigation__item{(active ? new Raw(" govuk-service-navigation__item--active") : new Raw(""))}\"><a class=\"govuk-service-navigation__link\" href=\"{href}\"{(active ? new Raw(" aria-current=\"page\"") : new Raw(""))}>{label}</a></li>\n");
        }
        if (ctx.IsOfficer())
        {
            w.Add($"<li class=\"govuk-service-navigation__item\"><a class=\"govuk-service-navigation__link\" href=\"/upload\">Upload</a></li>\n");
            w.Add($"<li class=\"govuk-service-navigation__item\"><a class=\"govuk-service-navigation__link\" href=\"/audit\">Audit</a></li>\n");
        }
        w.Add($"""
                </ul></nav>
              </div></div>
            </section>
            <div class="govuk-width-container">
            <main class="govuk-main-wrapper" id="main-content" role="main">

            """);
        w.Raw(new Raw(body.ToString()));
        w.Add($"""

            </main>
            </div>
            <footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">

            """);
        if (ctx.IsOfficer())
            w.Add($"<form method=\"post\" action=\"/sign-out\" class=\"mb-inline\">Signed in as {ctx.UserName()}. {AntiForgery(ctx)}<button class=\"govuk-button govuk-button--secondary mb-small-button\" type=\"submit\">Sign out</button></form>");
        else
            w.Add($"<a class=\"govuk-footer__link\" href=\"/sign-in\">Officer sign in</a>");
        w.Add($"""
             · <a class="govuk-footer__link" href="/api/openapi.json">API (OpenAPI)</a>
             · Text from the papers is shown as published; every fact links to the line it came from.
            </div></div></div></footer>
            </body>
            </html>
            """);
        return Results.Text(w.ToString(), "text/html; charset=utf-8", statusCode: status);
    }

    public static Raw AntiForgery(HttpContext ctx)
    {
        var tokens = ctx.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(ctx);
        return HtmlWriter.Fragment($"<input type=\"hidden\" name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">");
    }

    /// <summary>A link to the cited line of a pack: the source view with the line highlighted and anchored.</summary>
    public static Raw SourceLink(string packId, SourceRef? source, string? label = null)
    {
        if (source is null) return new Raw("");
        var text = label ?? (source.Page is { } p ? $"page {p}, line {source.Line}" : $"line {source.Line}");
        return HtmlWriter.Fragment($"<a class=\"govuk-link mb-source\" href=\"{SourceHref(packId, source.Line)}\">{text}</a>");
    }

    public static string SourceHref(string packId, int line, int? to = null) =>
        $"/source/{Uri.EscapeDataString(packId)}?line={line}{(to is { } t && t > line ? $"&to={t}" : "")}#L{line}";

    public static string MeetingHref(string id) => "/meetings/" + Uri.EscapeDataString(id);
    public static string PersonHref(string name) => "/people/" + Uri.EscapeDataString(Data.MemoryRegister.PersonKey(name));

    public static Raw Tag(string text, string colour) => HtmlWriter.Fragment($"<strong class=\"govuk-tag govuk-tag--{colour}\">{text}</strong>");

    public static Raw StateTag(string state) => state switch
    {
        "overdue" => Tag("Overdue", "red"),
        "done" => Tag("Done", "green"),
        _ => Tag("Open", "blue"),
    };

    /// <summary>Text with the given spans marked; everything escaped.</summary>
    public static Raw Highlight(string text, IReadOnlyList<(int Start, int Length)> marks, int window = 0)
    {
        int from = 0, to = text.Length;
        if (window > 0 && text.Length > window && marks.Count > 0)
        {
            from = Math.Max(0, marks[0].Start - window / 3);
            to = Math.Min(text.Length, from + window);
        }
        var w = new HtmlWriter();
        if (from > 0) w.Text("…");
        int at = from;
        foreach (var (s, l) in marks)
        {
            if (s < at || s + l > to) continue;
            w.Text(text[at..s]);
            w.Add($"<mark>{text.Substring(s, l)}</mark>");
            at = s + l;
        }
        w.Text(text[at..to]);
        if (to < text.Length) w.Text("…");
        return new Raw(w.ToString());
    }

    public static Raw ExportLinks(params (string Href, string Label)[] links)
    {
        var w = new HtmlWriter();
        w.Add($"<p class=\"govuk-body-s mb-exports\">Download or follow: ");
        for (int i = 0; i < links.Length; i++)
            w.Add($"{(i > 0 ? new Raw(" · ") : new Raw(""))}<a class=\"govuk-link\" href=\"{links[i].Href}\">{links[i].Label}</a>");
        w.Add($"</p>");
        return new Raw(w.ToString());
    }
}
