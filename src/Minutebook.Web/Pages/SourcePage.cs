using System.Globalization;
using Microsoft.AspNetCore.Http;
using Minutebook.Web.Html;

namespace Minutebook.Web.Pages;

/// <summary>The text of a pack around a cited line: the line highlighted and anchored (#L123), its page shown.</summary>
public static class SourcePage
{
    public const int Before = 40, After = 80;

    public static IResult Get(HttpContext ctx, Site site, string packId)
    {
        var pack = site.Register.Pack(packId);
        if (pack is null) return Layout.Page(ctx, "Pack not found", Endpoints.NotFound("Pack not found", "There is no pack with that address in the register."), 404);
        int count = pack.Lines.Count;
        int line = Math.Clamp(int.TryParse(ctx.Q("line"), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : 1, 1, Math.Max(1, count));
        int to = Math.Clamp(int.TryParse(ctx.Q("to"), NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : line, line, Math.Max(line, count));
        bool all = ctx.Q("all") == "1";
        int from = all ? 1 : Math.Max(1, line - Before);
        int until = all ? count : Math.Min(count, to + After);
        bool officer = ctx.IsOfficer();
        var cited = count > 0 ? pack.Lines[line - 1] : null;

        var w = new HtmlWriter();
        w.Add($"<span class=\"govuk-caption-l\">Source text</span><h1 class=\"govuk-heading-l\">{pack.File}</h1>");
        var meetings = site.Register.Meetings.Where(m => m.Parts.Any(p => p.PackId == pack.Id)).ToList();
        if (meetings.Count > 0)
        {
            w.Add($"<p class=\"govuk-body\">Papers for ");
            for (int i = 0; i < meetings.Count; i++)
                w.Add($"{(i > 0 ? new Raw(", ") : default)}<a class=\"govuk-link\" href=\"{Layout.MeetingHref(meetings[i].Id)}\">{meetings[i].Title}</a>");
            w.Add($".</p>");
        }
        if (cited is not null)
            w.Add($"<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"#L{line}\">Cited: line {line}{(to > line ? "–" + to : "")}{(cited.Page is { } pg ? ", printed page " + pg : "")}</a> (highlighted below). {pack.Format.ToUpperInvariant()} source, {count} lines, SHA-256 {pack.Sha256[..Math.Min(16, pack.Sha256.Length)]}…</p>");
        w.Add($"<p class=\"govuk-body-s\">");
        if (from > 1) w.Add($"<a class=\"govuk-link\" href=\"{Layout.SourceHref(pack.Id, Math.Max(1, from - After), Math.Max(1, from - After))}\">Earlier lines</a> · ");
        if (until < count) w.Add($"<a class=\"govuk-link\" href=\"{Layout.SourceHref(pack.Id, until + 1)}\">Later lines</a> · ");
        if (!all) w.Add($"<a class=\"govuk-link\" href=\"/source/{Uri.EscapeDataString(pack.Id)}?line={line}&amp;to={to}&amp;all=1#L{line}\">Whole pack</a>");
        w.Add($"</p>");

        w.Add($"<table class=\"mb-source-view\"><caption class=\"govuk-visually-hidden\">Lines {from} to {until} of {pack.File}</caption><tbody>");
        int? page = from > 1 ? pack.Lines[from - 2].Page : null;
        bool redacting = false;
        for (int n = from; n <= until; n++)
        {
            var pl = pack.Lines[n - 1];
            if (pl.Page is { } p && p != page)
            {
                w.Add($"<tr class=\"mb-page-break\"><td class=\"mb-ln\"></td><td>Page {p}</td></tr>");
                page = p;
            }
            bool exempt = !officer && pack.IsExempt(n);
            if (exempt)
            {
                if (!redacting) w.Add($"<tr class=\"mb-redacted\" id=\"L{n}\"><td class=\"mb-ln\">{n}</td><td>Exempt or confidential text withheld. Officers can sign in to read it.</td></tr>");
                redacting = true;
                continue;
            }
            redacting = false;
            bool hl = n >= line && n <= to;
            var cls = hl ? "mb-cited" : pl.Content ? null : "mb-furniture";
            w.Add($"<tr id=\"L{n}\"{(cls is null ? default : HtmlWriter.Fragment($" class=\"{cls}\""))}><td class=\"mb-ln\"><a href=\"#L{n}\" aria-label=\"Line {n}\">{n}</a></td><td>{pl.Text}</td></tr>");
        }
        w.Add($"</tbody></table>");
        return Layout.Page(ctx, $"{pack.File}, line {line}", w);
    }
}
