using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Minutebook.Web.Api;

namespace Minutebook.Web.Pages;

/// <summary>Every route of the site, in one place.</summary>
public static class Endpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", HomePage.Get);
        app.MapGet("/meetings", MeetingPages.List);
        app.MapGet("/papers", PapersPage.Get);
        app.MapGet("/meetings/{id}", MeetingPages.Get);
        app.MapGet("/source/{packId}", SourcePage.Get);
        app.MapGet("/search", SearchPage.Get);
        app.MapGet("/decisions", DecisionsPage.Get);
        app.MapGet("/actions", ActionPages.List);
        app.MapGet("/actions/{id}", ActionPages.Get);
        app.MapPost("/actions/{id}", ActionPages.Post);
        app.MapGet("/people", PeoplePages.List);
        app.MapGet("/people/{key}", PeoplePages.Get);
        app.MapGet("/findings", FindingsPage.Get);
        app.MapGet("/indicators", SeriesPages.Indicators);
        app.MapGet("/indicators/{id}", SeriesPages.Indicator);
        app.MapGet("/budget", SeriesPages.Budget);
        app.MapGet("/upload", UploadPage.Get);
        app.MapPost("/upload", UploadPage.Post);
        app.MapGet("/sign-in", SignInPage.Get);
        app.MapPost("/sign-in", SignInPage.Post);
        app.MapPost("/sign-out", SignInPage.SignOut);
        app.MapGet("/audit", SignInPage.Audit);
        Exports.Map(app);
        ApiEndpoints.Map(app);
        app.MapFallback((HttpContext ctx) => Html.Layout.Page(ctx, "Page not found", NotFound("Page not found"), 404));
    }

    internal static Html.HtmlWriter NotFound(string title, string? detail = null)
    {
        var w = new Html.HtmlWriter();
        w.Add($"<h1 class=\"govuk-heading-l\">{title}</h1><p class=\"govuk-body\">{detail ?? "If you typed the web address, check it is correct."}</p>");
        return w;
    }

    internal static string? Q(this HttpContext ctx, string name)
    {
        var v = ctx.Request.Query[name].ToString();
        return string.IsNullOrWhiteSpace(v) ? null : v.Trim();
    }

    internal static DateOnly? QDate(this HttpContext ctx, string name) =>
        DateOnly.TryParseExact(ctx.Q(name), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
