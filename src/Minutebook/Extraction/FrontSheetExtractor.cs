using System.Text.RegularExpressions;
using Minutebook.Extraction.Text;
using Minutebook.Model;
using Minutebook.Reading;
using Minutebook.Recognising;

namespace Minutebook.Extraction;

/// <summary>
/// The meeting the pack summons (role "agenda"), read from its front sheet: authority, body, date, start time,
/// venue, webcast link and the agenda items. The heading block above the agenda list is read first ("Date:",
/// "Time:", "Venue:"/"Place:" fields, or a date line "Monday, 08 February 2021 at 10:30" with the venue under it).
/// </summary>
public sealed partial class FrontSheetExtractor : IStage
{
    public void Run(ExtractionContext context)
    {
        var sheet = context.Documents.FirstOrDefault(d => d.Kind == DocumentKind.AgendaFrontSheet);
        if (sheet is null) return;
        var meeting = Read(context.Lines, sheet);
        if (meeting.Authority is null)
            meeting.Authority = CouncilName.MostFrequent(context.Lines.Where(l => l.IsContent).Select(l => l.Text));
        context.Record.Meetings.Add(meeting);
    }

    public static Meeting Read(IReadOnlyList<SourceLine> lines, PackDocument sheet)
    {
        var meeting = new Meeting { Role = MeetingRole.Agenda };
        var items = AgendaList.Read(lines, sheet.Start, sheet.End);
        meeting.AgendaItems.AddRange(items);

        // the heading block: everything above the first agenda item (the whole sheet when it has none)
        int headEnd = sheet.End;
        if (items.Count > 0)
            for (int i = sheet.Start; i < sheet.End; i++)
                if (lines[i].Number == items[0].Source.Line) { headEnd = i; break; }

        var head = new List<SourceLine>();
        for (int i = sheet.Start; i < headEnd; i++) if (lines[i].IsContent) head.Add(lines[i]);
        var all = new List<SourceLine>();
        for (int i = sheet.Start; i < sheet.End; i++) if (lines[i].IsContent) all.Add(lines[i]);

        ReadWhen(head, meeting);
        if (meeting.Date is null) ReadWhen(all, meeting);
        meeting.Authority = Authority(head) ?? Authority(all);
        meeting.Body = Body(head, meeting.Authority);
        meeting.Venue ??= Field(head, VenueLabel()) ?? Field(all, VenueLabel());
        meeting.Webcast = Webcast(head) ?? Webcast(all);
        if (meeting.Venue is not null) meeting.Venue = CleanVenue(meeting.Venue);
        meeting.Source ??= head.Count > 0 ? head[0].Ref : lines[sheet.Start].Ref;
        return meeting;
    }

    /// <summary>Date and start time: "Date:"/"Time:" fields, else the first short line with a date (and a time on it).</summary>
    private static void ReadWhen(List<SourceLine> lines, Meeting meeting)
    {
        for (int k = 0; k < lines.Count; k++)
        {
            var (label, value) = SplitField(lines[k].Text);
            if (label is null) continue;
            if (DateLabel().IsMatch(label) && meeting.Date is null && DateText.TryParse(value, out var d))
            {
                meeting.Date = d;
                meeting.Source = lines[k].Ref;
                if (meeting.Start is null && TimeText.TryParse(value, out var t0)) meeting.Start = t0;
            }
            else if (TimeLabel().IsMatch(label) && meeting.Start is null && TimeText.TryParse(value, out var t))
                meeting.Start = t;
        }
        if (meeting.Date is not null) return;
        // a line announcing the meeting ("… Meeting on Thursday, 9th January, 2025 at 10.00 am") beats a bare date
        // above it (the date the summons was sent)
        int announced = lines.FindIndex(l => l.Text.Length <= 200 && MeetingWord().IsMatch(l.Text) && DateText.TryFind(l.Text, out _, out _, out _));
        for (int k = announced >= 0 ? announced : 0; k < lines.Count; k++)
        {
            var text = lines[k].Text;
            if ((text.Length > 90 && k != announced) || !DateText.TryFind(text, out var d, out int at, out int len)) continue;
            meeting.Date = d;
            meeting.Source = lines[k].Ref;
            var rest = text[(at + len)..];
            if (meeting.Start is null && TimeText.TryParse(rest, out var t)) meeting.Start = t;
            // a venue printed on the line under the date ("Virtual meeting, https://…", "Council Chamber, County Hall")
            if (k + 1 < lines.Count && meeting.Venue is null)
            {
                var next = lines[k + 1].Text;
                var (label, _) = SplitField(next);
                if (label is null && next.Length <= 150 && !AgendaWord().IsMatch(next) && !DateText.TryParse(next, out _)
                    && !BodyName.TryParseLine(next, out _) && VenueWord().IsMatch(next))
                {
                    meeting.Venue = ContactLabel().Replace(next, "").Trim();
                    // a venue broken over lines ends in a comma: "Council Chamber, Sessions House," / "County Hall, Maidstone"
                    if (meeting.Venue.EndsWith(',') && k + 2 < lines.Count && lines[k + 2].Text.Length <= 80)
                    {
                        var more = ContactLabel().Replace(lines[k + 2].Text, "").Trim();
                        if (more.Length > 0 && !DateText.TryParse(more, out _) && !more.Contains(':')) meeting.Venue += " " + more;
                    }
                }
            }
            return;
        }
    }

    private static string? Field(List<SourceLine> lines, Regex labelPattern)
    {
        foreach (var l in lines)
        {
            var (label, value) = SplitField(l.Text);
            if (label is not null && labelPattern.IsMatch(label) && value.Length > 0) return value;
        }
        return null;
    }

    /// <summary>"Date: Friday" / "Date:\tThursday" / "Date Friday…" (a label of one or two words).</summary>
    private static (string? Label, string Value) SplitField(string text)
    {
        var m = FieldLine().Match(text);
        if (!m.Success) return (null, "");
        return (m.Groups["label"].Value, m.Groups["value"].Value.Trim());
    }

    private static string? Authority(List<SourceLine> lines)
    {
        foreach (var l in lines)
            if (CouncilName.TryParseLine(l.Text, out var name)) return name;
        foreach (var l in lines)
            if (CouncilName.TryFind(l.Text, out var name)) return name;
        return null;
    }

    private static string? Body(List<SourceLine> head, string? authority)
    {
        foreach (var l in head)
        {
            if (l.Text.Length > 120 || l.HasCells && l.Cells.Count(c => c.Length > 0) > 1) continue;
            if (authority is not null && NameCase.Title(l.Text).Equals(authority, StringComparison.OrdinalIgnoreCase)) continue;
            if (SplitField(l.Text).Label is { } label && !MeetingLabel().IsMatch(label)) continue;
            var text = SplitField(l.Text) is { Label: { } lab } f && MeetingLabel().IsMatch(lab) ? f.Value : l.Text;
            if (BodyName.TryParseLine(text, out var body)) return body;
        }
        return null;
    }

    private static string? Webcast(List<SourceLine> lines)
    {
        for (int k = 0; k < lines.Count; k++)
        {
            var text = lines[k].Text;
            if (!text.ContainsIgnoreCase("http")) continue;
            var m = Url().Match(text);
            if (!m.Success) continue;
            bool said = WebcastWord().IsMatch(text) || k > 0 && WebcastWord().IsMatch(lines[k - 1].Text);
            if (said || WebcastHost().IsMatch(m.Value)) return m.Value.TrimEnd('.', ',', ')');
        }
        return null;
    }

    private static string CleanVenue(string venue)
    {
        var v = Url().Replace(venue, "").Trim().TrimEnd(',', ';', '-', '–', ' ').Trim();
        return v.Length == 0 ? venue : v;
    }

    [GeneratedRegex(@"^(?<label>[A-Za-z][A-Za-z ]{1,20}?)\s*(?::\s*|\t\s*|\s+(?=(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\d))(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"^(?:date|meeting date|date of meeting|when|day)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?:time|start time|starting|commencing)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeLabel();

    [GeneratedRegex(@"^(?:venue|place|location|where|meeting venue|meeting place)$", RegexOptions.IgnoreCase)]
    private static partial Regex VenueLabel();

    [GeneratedRegex(@"^(?:meeting|committee|board|body)$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingLabel();

    [GeneratedRegex(@"^\W*(?:a\s?g\s?e\s?n\s?d\s?a|agenda)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaWord();

    [GeneratedRegex(@"\b(?:room|hall|chamber|house|centre|center|building|offices?|virtual|online|remote|microsoft teams|zoom|street|road|suite|library)\b|https?://", RegexOptions.IgnoreCase)]
    private static partial Regex VenueWord();

    /// <summary>A contact label printed beside the venue in a second column ("Telephone: …", "Ask for: …", "Email:"), to the end of the line.</summary>
    [GeneratedRegex(@"\s*\b(?:ask\s+for|telephone|tel|phone|e-?mail|enquiries\s+to|contact)\s*:.*$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLabel();

    [GeneratedRegex(@"\bmeeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWord();

    [GeneratedRegex(@"https?://[^\s<>)\]]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"\b(?:webcast|web-cast|stream(?:ed|ing)?|broadcast|watch|live|view the meeting|filmed|recording)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WebcastWord();

    [GeneratedRegex(@"youtube|youtu\.be|public-i|vimeo|webcast|livestream|video|broadcast", RegexOptions.IgnoreCase)]
    private static partial Regex WebcastHost();
}
