using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Minutebook.Model;
using Minutebook.Web.Data;
using Minutebook.Web.Html;
using Minutebook.Web.Pages;

namespace Minutebook.Web.Api;

/// <summary>CSV for every list, iCalendar and Open Civic Data events for meetings, Atom feeds to follow a body or a search.</summary>
public static class Exports
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/meetings.csv", (HttpContext ctx, Site site) => Csv("meetings.csv", ["id", "date", "start", "authority", "body", "venue", "papers", "url"],
            Meetings(ctx, site).Select(m => new[] { m.Id, Format.Iso(m.Date), Format.Time(m.Start), m.Authority, m.Body, m.Venue, string.Join("; ", m.Parts.Select(p => p.Meeting.Role)), Base(ctx) + Layout.MeetingHref(m.Id) })));
        app.MapGet("/decisions.csv", (HttpContext ctx, Site site) => Csv("decisions.csv", ["meeting", "date", "body", "item", "item_title", "part", "resolution", "source_line", "source_page", "source_url"],
            DecisionsPage.Visible(ctx, site, DecisionsPage.Filter(ctx)).Select(d => new[] { d.Meeting.Id, Format.Iso(d.Meeting.Date), d.Meeting.Body, d.Item.Number, d.Item.Title, d.Resolution.Number, d.Resolution.Text, I(d.Resolution.Source.Line), I(d.Resolution.Source.Page), Base(ctx) + Layout.SourceHref(d.PackId, d.Resolution.Source.Line) })));
        app.MapGet("/actions.csv", (HttpContext ctx, Site site) => Csv("actions.csv", ["id", "action", "owner", "due", "due_date", "status", "set_at_meeting", "set_at_date", "closed_at_meeting", "note", "source_url"],
            ActionPages.Filter(site, ctx.Q("state"), ctx.Q("owner"), ctx.Q("body")).Select(a => new[] { a.Id, a.Action.Text, a.Action.Owner, a.Action.Due, Format.Iso(a.DueDate), a.StateName(site.Today), a.Meeting.Id, Format.Iso(a.Meeting.Date), a.ClosedBy?.Id, a.Note, Base(ctx) + Layout.SourceHref(a.PackId, a.Action.Source.Line) })));
        app.MapGet("/findings.csv", (HttpContext ctx, Site site) => Csv("findings.csv", ["severity", "kind", "message", "meeting", "file", "source_line", "source_url"],
            site.Register.Findings.Select(f => new[] { f.Finding.Severity, f.Finding.Kind, f.Finding.Message, f.Meeting?.Id, f.Pack.File, I(f.Finding.Source?.Line), f.Finding.Source is { } s ? Base(ctx) + Layout.SourceHref(f.Pack.Id, s.Line) : null })));
        app.MapGet("/people/{key}.csv", (HttpContext ctx, Site site, string key) => Csv("attendance.csv", ["name", "meeting", "date", "body", "status", "role", "organisation", "source_url"],
            site.Register.Attendance(key).Select(r => new[] { r.Attendance.Name, r.Meeting.Id, Format.Iso(r.Meeting.Date), r.Meeting.Body, r.Attendance.Status, r.Attendance.Role, r.Attendance.Organisation, Base(ctx) + Layout.SourceHref(r.PackId, r.Attendance.Source.Line) })));
        app.MapGet("/search.csv", (HttpContext ctx, Site site) => Csv("search.csv", ["file", "meeting", "page", "line", "text", "source_url"],
            site.Register.Search(ctx.Q("q") ?? "", ctx.IsOfficer(), 1000).Select(h => new[] { h.File, h.Meeting?.Id, I(h.Page), I(h.Line), h.Text, Base(ctx) + Layout.SourceHref(h.PackId, h.Line) })));

        app.MapGet("/meetings.ics", (HttpContext ctx, Site site) => Calendar(ctx, Meetings(ctx, site)));
        app.MapGet("/meetings/{id}.ics", (HttpContext ctx, Site site, string id) => site.Register.Meeting(id) is { } m ? Calendar(ctx, [m]) : Results.NotFound());
        app.MapGet("/meetings/{id}/ocd.json", (HttpContext ctx, Site site, string id) => site.Register.Meeting(id) is { } m ? Results.Json(OcdEvent(ctx, site, m), contentType: "application/json") : Results.NotFound());

        app.MapGet("/feeds/meetings.atom", (HttpContext ctx, Site site) => Atom(ctx, "Meetings" + Suffix(ctx),
            Meetings(ctx, site).Select(m => new FeedEntry("meeting:" + m.Id, m.Title, m.Added, Layout.MeetingHref(m.Id),
                $"{m.Authority} {m.Body}, {Format.Date(m.Date)}{(m.Venue is { } v ? ", " + v : "")}. {m.Agenda?.Meeting.AgendaItems.Count ?? 0} agenda items."))));
        app.MapGet("/feeds/decisions.atom", (HttpContext ctx, Site site) => Atom(ctx, "Decisions" + Suffix(ctx),
            DecisionsPage.Visible(ctx, site, DecisionsPage.Filter(ctx)).Select(d => new FeedEntry($"decision:{d.Meeting.Id}:{d.PackId}:{d.Resolution.Source.Line}",
                $"{d.Meeting.Title}: {d.Item.Title}", d.Meeting.Added, Layout.SourceHref(d.PackId, d.Resolution.Source.Line), d.Resolution.Text))));
        app.MapGet("/feeds/actions.atom", (HttpContext ctx, Site site) => Atom(ctx, "Actions" + Suffix(ctx),
            ActionPages.Filter(site, ctx.Q("state"), ctx.Q("owner"), ctx.Q("body")).Select(a => new FeedEntry("action:" + a.Id, HomePage.Short(a.Action.Text, 100), a.Meeting.Added,
                "/actions/" + Uri.EscapeDataString(a.Id), $"{a.Action.Text} Owner: {a.Action.Owner ?? "not named"}. Due: {a.Action.Due ?? "not given"}. Status: {a.StateName(site.Today)}. Set at {a.Meeting.Title}."))));
        app.MapGet("/feeds/search.atom", (HttpContext ctx, Site site) => Atom(ctx, $"Search: {ctx.Q("q")}",
            site.Register.Search(ctx.Q("q") ?? "", false, 100).Select(h => new FeedEntry($"line:{h.PackId}:{h.Line}", $"{h.Meeting?.Title ?? h.File}, line {h.Line}",
                h.Added, Layout.SourceHref(h.PackId, h.Line), h.Text))));
    }

    private static string Suffix(HttpContext ctx) => ctx.Q("body") is { } b ? $" of {b}" : ctx.Q("q") is { } q ? $" matching {q}" : "";

    /// <summary>Every meeting the list at /meetings holds (with its filter), on one page: for the exports and the API.</summary>
    internal static IReadOnlyList<MeetingEntry> Meetings(HttpContext ctx, Site site) =>
        ctx.Q("body") is { } body ? site.Register.MeetingsPage(body, 0, int.MaxValue).Rows : site.Register.Meetings;

    internal static string Base(HttpContext ctx) => $"{ctx.Request.Scheme}://{ctx.Request.Host}";
    private static string? I(int? v) => v?.ToString(CultureInfo.InvariantCulture);

    // ---- CSV (RFC 4180; cells that a spreadsheet would run as a formula are prefixed with an apostrophe)
    public static IResult Csv(string fileName, string[] header, IEnumerable<string?[]> rows)
    {
        var sb = new StringBuilder();
        void Row(IEnumerable<string?> cells)
        {
            bool first = true;
            foreach (var c in cells)
            {
                if (!first) sb.Append(',');
                first = false;
                sb.Append(CsvCell(c));
            }
            sb.Append("\r\n");
        }
        Row(header);
        foreach (var r in rows) Row(r);
        return Results.File(Encoding.UTF8.GetBytes(sb.ToString()), "text/csv; charset=utf-8", fileName);
    }

    public static string CsvCell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var v = value;
        if (v[0] is '=' or '+' or '-' or '@' or '\t' or '\r') v = "'" + v;
        return v.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
    }

    // ---- iCalendar (RFC 5545)
    public static IResult Calendar(HttpContext ctx, IEnumerable<MeetingEntry> meetings)
    {
        var sb = new StringBuilder();
        void Line(string s)
        {
            // fold at 75 octets
            var bytes = Encoding.UTF8.GetBytes(s);
            if (bytes.Length <= 75) { sb.Append(s).Append("\r\n"); return; }
            int start = 0, limit = 75;
            var text = s;
            while (text.Length > 0)
            {
                int take = 0, size = 0;
                while (take < text.Length)
                {
                    int n = Encoding.UTF8.GetByteCount(text.AsSpan(take, char.IsHighSurrogate(text[take]) && take + 1 < text.Length ? 2 : 1));
                    if (size + n > limit) break;
                    size += n;
                    take += char.IsHighSurrogate(text[take]) && take + 1 < text.Length ? 2 : 1;
                }
                sb.Append(start == 0 ? "" : " ").Append(text[..take]).Append("\r\n");
                text = text[take..];
                start++;
                limit = 74;
            }
        }
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Minutebook//Board papers register//EN");
        Line("CALSCALE:GREGORIAN");
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var m in meetings)
        {
            if (m.Date is not { } d) continue;
            Line("BEGIN:VEVENT");
            Line($"UID:{IcsText(m.Id)}@minutebook");
            Line($"DTSTAMP:{stamp}");
            if (m.Start is { } t)
            {
                Line($"DTSTART;TZID=Europe/London:{d:yyyyMMdd}T{t:HHmmss}");
                var end = m.Parts.Select(p => p.Meeting.End).FirstOrDefault(e => e is not null);
                Line(end is { } e && e > t ? $"DTEND;TZID=Europe/London:{d:yyyyMMdd}T{e:HHmmss}" : "DURATION:PT2H");
            }
            else
            {
                Line($"DTSTART;VALUE=DATE:{d:yyyyMMdd}");
                Line($"DTEND;VALUE=DATE:{d.AddDays(1):yyyyMMdd}");
            }
            Line($"SUMMARY:{IcsText(m.Body ?? "Meeting")}");
            if (m.Venue is not null) Line($"LOCATION:{IcsText(m.Venue)}");
            var items = m.Agenda?.Meeting.AgendaItems ?? [];
            var exempt = Exemption.Flags(items, a => a.Title + " " + a.Description);
            var agenda = items.Where((_, i) => !exempt[i]).Select(a => $"{a.Number}. {a.Title}"); // calendars are public
            Line($"DESCRIPTION:{IcsText((m.Authority is null ? "" : m.Authority + "\n") + string.Join("\n", agenda))}");
            Line($"URL:{Base(ctx)}{Layout.MeetingHref(m.Id)}");
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return Results.File(Encoding.UTF8.GetBytes(sb.ToString()), "text/calendar; charset=utf-8", "meetings.ics");
    }

    public static string IcsText(string s) =>
        s.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    // ---- Open Civic Data event (https://open-civic-data.readthedocs.io/en/latest/data/event.html)
    public static object OcdEvent(HttpContext ctx, Site site, MeetingEntry m)
    {
        bool officer = ctx.IsOfficer();
        var items = m.Agenda?.Meeting.AgendaItems ?? [];
        var flags = Exemption.Flags(items, a => a.Title + " " + a.Description);
        string? start = m.Date is { } d ? (m.Start is { } t ? $"{d:yyyy-MM-dd}T{t:HH:mm}" : $"{d:yyyy-MM-dd}") : null;
        return new Dictionary<string, object?>
        {
            ["_type"] = "event",
            ["id"] = "ocd-event/minutebook-" + m.Id,
            ["name"] = m.Body ?? "Meeting",
            ["description"] = m.Authority,
            ["classification"] = "committee-meeting",
            ["start_date"] = start,
            ["timezone"] = "Europe/London",
            ["all_day"] = m.Start is null,
            ["status"] = m.Date is { } dd && dd < site.Today ? "passed" : "confirmed",
            ["location"] = m.Venue is null ? null : new { name = m.Venue, note = "", coordinates = (object?)null },
            ["participants"] = new object[] { new { entity_type = "organization", name = m.Body ?? "Meeting", note = "host" } }
                .Concat(m.Parts.SelectMany(p => p.Meeting.Attendance).Select(a => (object)new { entity_type = "person", name = a.Name, note = a.Status + (a.Role is { } r ? ", " + r : "") })).ToList(),
            ["agenda"] = items.Select((a, i) => (a, i)).Where(x => officer || !flags[x.i]).Select(x => new
            {
                description = x.a.Title,
                order = x.a.Number,
                subjects = Array.Empty<string>(),
                classification = Array.Empty<string>(),
                notes = x.a.Description is null ? Array.Empty<string>() : [x.a.Description],
                related_entities = Array.Empty<object>(),
                media = Array.Empty<object>(),
            }).ToList(),
            ["documents"] = m.Parts.Select(p => new
            {
                note = p.Meeting.Role == MeetingRole.Agenda ? "Agenda pack" : "Minutes",
                date = Format.Iso(m.Date),
                links = new[] { new { url = Base(ctx) + Layout.SourceHref(p.PackId, 1), media_type = "text/html" } },
            }).ToList(),
            ["media"] = m.Parts.Select(p => p.Meeting.Webcast).Where(w => w is not null).Distinct().Select(w => new { note = "Webcast", links = new[] { new { url = w, media_type = "text/html" } } }).ToList(),
            ["links"] = new[] { new { url = Base(ctx) + Layout.MeetingHref(m.Id), note = "Minutebook" } },
            ["sources"] = m.Parts.Select(p => new { url = Base(ctx) + Layout.SourceHref(p.PackId, 1), note = site.Register.PackSummary(p.PackId)?.File }).ToList(),
        };
    }

    // ---- Atom (RFC 4287)
    public sealed record FeedEntry(string Id, string Title, DateTimeOffset Updated, string Href, string? Summary);

    public static IResult Atom(HttpContext ctx, string title, IEnumerable<FeedEntry> entries)
    {
        var list = entries.OrderByDescending(e => e.Updated).Take(200).ToList();
        var baseUrl = Base(ctx);
        var sb = new StringBuilder();
        using (var x = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8, CheckCharacters = false }))
        {
            x.WriteStartDocument();
            x.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            x.WriteElementString("title", "http://www.w3.org/2005/Atom", "Minutebook: " + XmlSafe(title));
            x.WriteElementString("id", "http://www.w3.org/2005/Atom", baseUrl + ctx.Request.Path + ctx.Request.QueryString);
            x.WriteElementString("updated", "http://www.w3.org/2005/Atom", (list.Count > 0 ? list.Max(e => e.Updated) : DateTimeOffset.UnixEpoch).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            x.WriteStartElement("link", "http://www.w3.org/2005/Atom");
            x.WriteAttributeString("rel", "self");
            x.WriteAttributeString("href", baseUrl + ctx.Request.Path + ctx.Request.QueryString);
            x.WriteEndElement();
            x.WriteStartElement("author", "http://www.w3.org/2005/Atom");
            x.WriteElementString("name", "http://www.w3.org/2005/Atom", "Minutebook");
            x.WriteEndElement();
            foreach (var e in list)
            {
                x.WriteStartElement("entry", "http://www.w3.org/2005/Atom");
                x.WriteElementString("id", "http://www.w3.org/2005/Atom", "urn:minutebook:" + XmlSafe(e.Id));
                x.WriteElementString("title", "http://www.w3.org/2005/Atom", XmlSafe(e.Title));
                x.WriteElementString("updated", "http://www.w3.org/2005/Atom", e.Updated.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                x.WriteStartElement("link", "http://www.w3.org/2005/Atom");
                x.WriteAttributeString("href", baseUrl + e.Href);
                x.WriteEndElement();
                if (e.Summary is not null) x.WriteElementString("summary", "http://www.w3.org/2005/Atom", XmlSafe(e.Summary));
                x.WriteEndElement();
            }
            x.WriteEndElement();
        }
        return Results.Text(sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\""), "application/atom+xml; charset=utf-8");
    }

    /// <summary>Drops characters XML cannot carry (control characters from a damaged source).</summary>
    private static string XmlSafe(string s)
    {
        foreach (var c in s)
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) return new string(s.Where(ch => XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch)).ToArray());
        return s;
    }
}
