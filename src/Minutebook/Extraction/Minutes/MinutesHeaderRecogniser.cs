using System.Text.RegularExpressions;
using Minutebook.Extraction.Text;
using Minutebook.Model;
using Minutebook.Reading;

namespace Minutebook.Extraction.Minutes;

/// <summary>
/// The head of a set of minutes, before the attendance: authority ("KENT COUNTY COUNCIL"), body, date, venue and
/// start time. Reads "Minutes of a meeting of the X held in V on D", "held on D at V", labelled lines
/// ("Meeting X", "Date D (commencing at 10.30 am)", "Venue: V"), or a title line followed by a date line.
/// </summary>
public static partial class MinutesHeaderRecogniser
{
    public static void Read(IReadOnlyList<SourceLine> header, Meeting meeting)
    {
        if (header.Count == 0) return;
        int dateLine = -1;
        for (int i = 0; i < header.Count; i++)
        {
            var t = Clean(header[i].Text);
            if (t.Length == 0) continue;
            var label = Label().Match(t);
            if (label.Success)
            {
                var value = label.Groups["v"].Value.Trim();
                switch (char.ToLowerInvariant(label.Groups["l"].Value[0]))
                {
                    case 'm': meeting.Body ??= Body(value); break;
                    case 'd': ReadDateAndTime(value, meeting); dateLine = i; break;
                    case 't': if (meeting.Start is null && StartTime(value) is { } st) meeting.Start = st; break;
                    default: meeting.Venue ??= value.TrimEnd('.'); break;
                }
                continue;
            }
            if (meeting.Authority is null && meeting.Body is null && t.Length <= 70 && Authority().IsMatch(t)) { meeting.Authority = Minutebook.Extraction.Text.NameCase.Title(t); continue; }
            if (meeting.Date is null && PrintedDate.TryFind(t, out var date, out var dm) && !t.StartsWith("Minutes", StringComparison.OrdinalIgnoreCase))
            {
                meeting.Date = date;
                dateLine = i;
                var afterDate = t[(dm.Index + dm.Length)..];
                if (meeting.Start is null && StartTime(afterDate) is { } st) meeting.Start = st;
                continue;
            }
        }
        // "Minutes of a meeting of the X held ..." may wrap over lines: read the header as one text.
        var joined = string.Join(" ", header.Select(l => Clean(l.Text)));
        var minutesOf = MinutesOf().Match(joined);
        if (minutesOf.Success)
        {
            meeting.Body = Body(minutesOf.Groups["body"].Value);
            ReadHeld(minutesOf.Groups["held"].Value, meeting);
        }
        if (meeting.Body is null)
        {
            // The title printed just before the date line ("HEALTH AND WELLBEING BOARD" / "16 OCTOBER 2020").
            int end = dateLine >= 0 ? dateLine : header.Count;
            for (int i = end - 1; i >= 0; i--)
            {
                var t = Clean(header[i].Text);
                if (t.Length is 0 or > 100 || t.Contains(':') || t == meeting.Authority || PrintedDate.TryFind(t, out _) || t.StartsWith("Minutes", StringComparison.OrdinalIgnoreCase)) continue;
                if (!char.IsLetter(t[0])) continue;
                meeting.Body = Body(t);
                break;
            }
        }
    }

    private static void ReadHeld(string held, Meeting meeting)
    {
        var h = held.Trim().TrimEnd('.');
        if (!PrintedDate.TryFind(h, out var date, out var dm)) return;
        meeting.Date ??= date;
        var before = h[..dm.Index];
        var after = h[(dm.Index + dm.Length)..];
        before = Weekday().Replace(before, "").Trim().TrimEnd(',').Trim();
        before = TrailingOn().Replace(before, "").Trim();
        var venue = LeadingAtIn().Replace(before, "");
        // after the date: "at 10.00 am", "at Virtual Meeting", "at 2pm in the Town Hall"
        foreach (var piece in AtIn().Split(after))
        {
            var p = piece.Trim().Trim(',', '.').Trim();
            if (p.Length == 0) continue;
            if (PrintedTime.TryParse(p, out var time)) { meeting.Start ??= time; continue; }
            if (p.StartsWith("commenc", StringComparison.OrdinalIgnoreCase)) continue;
            if (venue.Length == 0) venue = p;
        }
        if (venue.Length > 0) meeting.Venue ??= TheWord().Replace(venue, "");
    }

    private static void ReadDateAndTime(string value, Meeting meeting)
    {
        if (PrintedDate.TryFind(value, out var date)) meeting.Date ??= date;
        if (meeting.Start is null && StartTime(value) is { } st) meeting.Start = st;
    }

    private static TimeOnly? StartTime(string text)
    {
        var m = StartTimeText().Match(text);
        return m.Success && PrintedTime.TryParse(m.Groups["t"].Value, out var t) ? t : null;
    }

    private static string Body(string text) => TheWord().Replace(text.Trim().TrimEnd('.', ',').Trim(), "");

    private static string Clean(string text) => text.Replace('\t', ' ').Replace("**", "").Trim();

    [GeneratedRegex(@"^(?<l>Meeting|Date|Time|Venue|Place|Location)\s*(?::|\s)\s*(?<v>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:the\s+)?(?:[A-Z][\w'’&.\-]*\s+){0,6}(?:Council|Authority|Borough|Corporation|Combined Authority|Integrated Care Board|ICB|NHS Trust|Foundation Trust)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Authority();

    [GeneratedRegex(@"\bminutes\s+of\s+(?:a|the)\s+(?:\w+\s+){0,2}?(?:meeting|proceedings|session)\s+of\s+(?<body>.+?)\s+(?:held|which\s+took\s+place|convened)\s+(?<held>.+?)(?:\.(?:\s|$)|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesOf();

    [GeneratedRegex(@"(?:^|\b)(?:commenc(?:ed|ing)|start(?:ed|ing)|beginning|from|at)\s+(?<t>" + PrintedTime.Pattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartTimeText();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\s*\bon$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingOn();

    [GeneratedRegex(@"^(?:in|at)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAtIn();

    [GeneratedRegex(@"\b(?:at|in)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AtIn();

    [GeneratedRegex(@"^(?:the|The|THE)\s+")]
    private static partial Regex TheWord();
}
