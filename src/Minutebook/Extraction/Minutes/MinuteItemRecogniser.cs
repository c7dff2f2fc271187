using System.Text.RegularExpressions;
using Minutebook.Reading;

namespace Minutebook.Extraction.Minutes;

/// <summary>A minute item heading as printed: its number ("15", "2021/003", "HWB/12"), title, and sequence value.</summary>
public sealed record MinuteHeading(string Number, string Title, int Sequence, string? Tail);

/// <summary>
/// Minute item headings: a running number and a title ("15. MINUTES", "54 APOLOGIES FOR ABSENCE",
/// "84.    Apologies" followed by "(Item 1)", "Minute 12 – Work programme"). Minute numbers run upwards, so a
/// numbered paragraph inside an item ("1. Mr Gough introduced ...") is not taken for a heading: a candidate must
/// continue the sequence (the next number, with a title-like text) or look like a heading (capitals, bold, "(Item n)").
/// </summary>
public static partial class MinuteItemRecogniser
{
    public static MinuteHeading? TryRead(SourceLine line, int? lastSequence, bool followedByItemRef)
    {
        var text = line.Text.Trim();
        if (text.Length < 3 || text.Length > 220 || !(char.IsDigit(text[0]) || text[0] is 'M' or 'm' or 'I' or '-' or '•' || char.IsUpper(text[0]))) return null;
        var m = Heading().Match(text);
        if (!m.Success) return null;
        bool bulleted = m.Groups["bullet"].Success;
        var number = m.Groups["num"].Value;
        int sequence = SequenceOf(number);
        if (sequence < 0) return null;
        // a number that cannot continue the sequence (a numbered paragraph inside an item): decided before the title is read
        if (lastSequence is int last && (sequence <= last || sequence - last > 25)) return null;
        var title = m.Groups["title"].Value.Trim();

        // "55 MINUTES OF PREVIOUS MEETINGRESOLVED –": a resolution glued to the heading by the conversion.
        string? tail = null;
        var glued = GluedResolution().Match(title);
        if (glued.Success && glued.Groups["title"].Length > 2)
        {
            tail = title[glued.Groups["tail"].Index..];
            title = glued.Groups["title"].Value.Trim();
        }
        title = title.Trim('*', ' ').TrimEnd(':').Trim();
        if (title.Length < 2 || BadStart().IsMatch(title) || title[^1] is ',' or ';') return null;
        if (char.IsLower(title[0])) return null;
        if (Text.PrintedDate.TryFind(text, out _, out var date) && date.Index == 0) return null; // "16 OCTOBER 2020"

        bool capitals = title.Any(char.IsLetter) && !title.Any(char.IsLower) && title.Count(char.IsLetter) >= 3;
        bool strong = capitals || line.Heading || line.Bold || followedByItemRef || m.Groups["word"].Success;
        bool titleLike = strong || LooksLikeTitle(title);
        if (bulleted && !capitals) return null;
        if (!titleLike) return null;
        if (lastSequence is null) return new MinuteHeading(number, title, sequence, tail);
        if (sequence <= lastSequence) return null;
        if (sequence == lastSequence + 1) return new MinuteHeading(number, title, sequence, tail);
        return strong && sequence - lastSequence <= 25 ? new MinuteHeading(number, title, sequence, tail) : null;
    }

    /// <summary>"Apologies (Item 1)": a heading that carries its agenda item on the same line; the title without it.</summary>
    public static string? TrailingItemReference(ref string title)
    {
        if (!title.EndsWith(')')) return null;
        var m = TrailingItemRef().Match(title);
        if (!m.Success) return null;
        title = title[..m.Index].TrimEnd();
        return m.Groups["n"].Value;
    }

    [GeneratedRegex(@"\s*\((?:agenda\s+)?item\s+(?<n>\d+[a-z]?(?:\([a-z]\))?)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingItemRef();

    /// <summary>"(Item 1)", "(Agenda item 4)": the agenda item a minute answers to, printed under its heading.</summary>
    public static string? ItemReference(string text)
    {
        if (text.Length > 40 || text[0] != '(') return null;
        var m = ItemRef().Match(text.Trim());
        return m.Success ? m.Groups["n"].Value : null;
    }

    private static int SequenceOf(string number)
    {
        int end = number.Length;
        while (end > 0 && !char.IsDigit(number[end - 1])) end--;
        int start = end;
        while (start > 0 && char.IsDigit(number[start - 1])) start--;
        return start == end || end - start > 5 ? -1 : int.Parse(number.AsSpan(start, end - start));
    }

    /// <summary>Short, no sentence punctuation at the end, mostly capitalised words (or very short).</summary>
    private static bool LooksLikeTitle(string title)
    {
        if (title.Length > 110 || title.EndsWith(':')) return false;
        if (title.EndsWith('.') && title.Length > 40) return false;
        if (title.Length <= 45) return true;
        int words = 0, capitalised = 0;
        foreach (var w in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.Length < 4 || !char.IsLetter(w[0])) continue;
            words++;
            if (char.IsUpper(w[0])) capitalised++;
        }
        return words == 0 || capitalised * 2 >= words;
    }

    [GeneratedRegex(@"^(?<bullet>[-•]\s+)?(?:(?<word>Minute|Min\.?|Item)\s+(?:No\.?\s*)?)?(?<num>(?:[A-Z]{1,6}\s?/\s?)?\d{1,4}(?:/\d{1,4}){0,2}[a-z]?)(?:\.|:|\s+[-–—])?\s+(?<title>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<title>.*?[A-Z)])\s*(?<tail>(?:RESOLVED|AGREED|DECIDED)\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedResolution();

    [GeneratedRegex(@"^(?:RESOLVED|Resolved|That\b|It\s+was\b|The\s+meeting\b|Page\b|[%£$])", RegexOptions.CultureInvariant)]
    private static partial Regex BadStart();

    [GeneratedRegex(@"^\((?:agenda\s+)?item\s+(?:no\.?\s*)?(?<n>\d+[a-z]?(?:\([a-z0-9]+\))?)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemRef();
}
