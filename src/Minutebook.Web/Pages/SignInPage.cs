using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Minutebook.Web.Html;

namespace Minutebook.Web.Pages;

/// <summary>Officer sign-in (local accounts made by <c>minutebook user add</c>), sign-out, and the audit trail.</summary>
public static class SignInPage
{
    public static IResult Get(HttpContext ctx, Site site) => Form(ctx, ctx.Q("returnUrl"), null, null);

    private static IResult Form(HttpContext ctx, string? returnUrl, string? user, string? error)
    {
        var w = new HtmlWriter();
        if (error is not null)
            w.Add($"<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\"><li><a href=\"#username\">{error}</a></li></ul></div></div></div>");
        w.Add($"""
            <h1 class="govuk-heading-l">Officer sign in</h1>
            <p class="govuk-body">Reading the register is open to everyone. Officers sign in to upload packs, update actions and see exempt items.</p>
            <form method="post" action="/sign-in" novalidate>{Layout.AntiForgery(ctx)}
            <input type="hidden" name="returnUrl" value="{returnUrl}">
            <div class="govuk-form-group"><label class="govuk-label" for="username">User name</label><input class="govuk-input govuk-!-width-one-half" id="username" name="username" type="text" autocomplete="username" spellcheck="false" value="{user}"></div>
            <div class="govuk-form-group"><label class="govuk-label" for="password">Password</label><input class="govuk-input govuk-!-width-one-half" id="password" name="password" type="password" autocomplete="current-password"></div>
            <button class="govuk-button" type="submit" id="sign-in">Sign in</button>
            </form>
            """);
        return Layout.Page(ctx, "Sign in", w, error is null ? 200 : 400);
    }

    public static async Task<IResult> Post(HttpContext ctx, Site site, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(ctx)) return Results.BadRequest("The form had expired or did not come from this site. Go back, reload the page and try again.");
        var form = await ctx.Request.ReadFormAsync();
        string user = form["username"].ToString().Trim(), password = form["password"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        var name = user.Length == 0 || password.Length == 0 ? null : site.State.CheckPassword(user, password);
        if (name is null)
        {
            site.State.Audit(user.Length == 0 ? "(blank)" : user, "sign-in.failed", "/sign-in", null);
            return Form(ctx, returnUrl, user, "Enter a correct user name and password");
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, Viewer.OfficerRole)], CookieAuthenticationDefaults.AuthenticationScheme);
        await ctx.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        site.State.Audit(name, "sign-in", "/sign-in", null);
        // only local paths: never redirect off the site
        bool local = returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal);
        return Results.Redirect(local ? returnUrl : "/");
    }

    public static async Task<IResult> SignOut(HttpContext ctx, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(ctx)) return Results.BadRequest("The form had expired. Reload the page and try again.");
        await ctx.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/");
    }

    public static IResult Audit(HttpContext ctx, Site site)
    {
        if (!ctx.IsOfficer()) return Results.Redirect("/sign-in?returnUrl=%2Faudit");
        var w = new HtmlWriter();
        w.Add($"<h1 class=\"govuk-heading-l\">Audit trail</h1><p class=\"govuk-body\">Every sign-in, upload and edit: who, when, what.</p>");
        w.Add($"<table class=\"govuk-table\"><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">When (UTC)</th><th scope=\"col\" class=\"govuk-table__header\">Who</th><th scope=\"col\" class=\"govuk-table__header\">What</th><th scope=\"col\" class=\"govuk-table__header\">Target</th><th scope=\"col\" class=\"govuk-table__header\">Detail</th></tr></thead><tbody class=\"govuk-table__body\">");
        foreach (var e in site.State.AuditTrail())
            w.Add($"<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">{e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)}</td><td class=\"govuk-table__cell\">{e.User}</td><td class=\"govuk-table__cell\">{e.What}</td><td class=\"govuk-table__cell\">{e.Target}</td><td class=\"govuk-table__cell\">{e.Detail}</td></tr>");
        w.Add($"</tbody></table>");
        return Layout.Page(ctx, "Audit trail", w);
    }
}
