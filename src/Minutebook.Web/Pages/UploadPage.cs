using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Minutebook.Reading;
using Minutebook.Web.Html;

namespace Minutebook.Web.Pages;

/// <summary>An officer uploads a new pack: it is read, extracted and added to the register.</summary>
public static class UploadPage
{
    public static IResult Get(HttpContext ctx) =>
        ctx.IsOfficer() ? Form(ctx, null) : Results.Redirect("/sign-in?returnUrl=%2Fupload");

    private static IResult Form(HttpContext ctx, string? error)
    {
        var w = new HtmlWriter();
        if (error is not null)
            w.Add($"<div class=\"govuk-error-summary\"><div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\"><li><a href=\"#pack\">{error}</a></li></ul></div></div></div>");
        w.Add($"""
            <h1 class="govuk-heading-l">Upload a pack</h1>
            <form method="post" action="/upload" enctype="multipart/form-data" novalidate>{Layout.AntiForgery(ctx)}
            <div class="govuk-form-group"><label class="govuk-label" for="pack">Agenda pack, minutes or report (text or PDF)</label>
            <input class="govuk-file-upload" id="pack" name="pack" type="file" accept=".txt,.md,.pdf,text/plain,application/pdf"></div>
            <button class="govuk-button" type="submit" id="upload">Upload</button>
            </form>
            """);
        return Layout.Page(ctx, "Upload a pack", w, error is null ? 200 : 400);
    }

    public static async Task<IResult> Post(HttpContext ctx, Site site, WebOptions options, IAntiforgery antiforgery)
    {
        if (!ctx.IsOfficer()) return Results.StatusCode(StatusCodes.Status403Forbidden);
        if (!await antiforgery.IsRequestValidAsync(ctx)) return Results.BadRequest("The form had expired or did not come from this site. Go back, reload the page and try again.");
        var form = await ctx.Request.ReadFormAsync();
        var file = form.Files["pack"];
        if (file is null || file.Length == 0) return Form(ctx, "Select a pack to upload");
        if (file.Length > options.MaxUploadBytes) return Form(ctx, $"The file is larger than {options.MaxUploadBytes / (1024 * 1024)} MB");
        var name = Path.GetFileName(file.FileName);
        byte[] bytes;
        using (var ms = new MemoryStream())
        {
            await file.CopyToAsync(ms);
            bytes = ms.ToArray();
        }
        SourcePack pack;
        try { pack = PackLoader.Read(name, bytes); }
        catch (InputException e) { return Form(ctx, e.Message); }
        var record = Pipeline.Run(pack);
        var meetings = site.Register.Add(pack, record);
        site.ApplyActionStates();
        site.State.Audit(ctx.UserName()!, "pack.upload", name, $"sha256 {pack.Sha256}; {meetings.Count} meetings");
        var stored = site.Register.Packs.FirstOrDefault(p => p.Sha256 == pack.Sha256);
        return Results.Redirect(meetings.Count > 0 ? Layout.MeetingHref(meetings[0].Id) : stored is not null ? Layout.SourceHref(stored.Id, 1) : "/papers");
    }
}
