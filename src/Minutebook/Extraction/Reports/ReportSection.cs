using System.Buffers;
using System.Text.RegularExpressions;

namespace Minutebook.Extraction.Reports;

public enum SectionKind { None, Summary, Recommendations }

/// <summary>
/// Recognises the headings that open a report's sections: the summary ("Report Summary", "Purpose of the Report",
/// "Executive Summary", "Summary:") and the recommendations ("RECOMMENDATION/S", "Recommendation(s):",
/// "## 2. Recommendations"); and headings in general, which close a section.
/// </summary>
public static partial class ReportSection
{
    public readonly record struct Opening(SectionKind Kind, string? Inline, string? Number);

    public static Opening Classify(ReportUnit unit)
    {
        var text = unit.Text;
        if (text.Length < 4) return default;
        if (unit.HasCells)
        {
            // a table whose first column is headed "Recommendation(s)" lists them, one a row
            var first = text.AsSpan(0, text.IndexOf('\t')).Trim();
            return RecommendationHead().IsMatch(first) ? new Opening(SectionKind.Recommendations, null, null) : default;
        }
        if (text.Length > 70)
        {
            // a heading with text after its colon ("Summary: The ..."), else a paragraph
            int c = text.IndexOf(':');
            if (c < 0 || c > 66) return default;
        }
        // spans until a heading is found: most units are paragraphs, and numbered ones are common
        int prefix = char.IsLetter(text[0]) && text[1] != '.' ? 0 : NumberPrefixLength(text);
        var rest = text.AsSpan(prefix);
        if (rest.Length == 0 || !char.IsLetter(rest[0])) return default;
        int colon = rest.IndexOf(':');
        var head = colon >= 0 ? rest[..colon] : rest;
        if (head.Length > 60) return default;
        head = head.Trim();
        if (!MayBeSectionWord(head)) return default;
        var kind = SummaryHead().IsMatch(head) ? SectionKind.Summary
            : RecommendationHead().IsMatch(head) ? SectionKind.Recommendations
            : SectionKind.None;
        if (kind == SectionKind.None) return default;
        string? inline = colon >= 0 ? rest[(colon + 1)..].Trim().ToString() : null;
        if (inline is { Length: 0 }) inline = null;
        string? number = prefix > 0 ? NumberPrefix().Match(text).Groups["n"].Value : null;
        return new Opening(kind, inline, number);
    }

    /// <summary>The length of the number that opens the text ("2.1 ", "B. "), 0 if none (without making a regex Match object).</summary>
    private static int NumberPrefixLength(string text)
    {
        foreach (var m in NumberPrefix().EnumerateMatches(text)) return m.Length;
        return 0;
    }

    private static bool MayBeSectionWord(ReadOnlySpan<char> head) => head.ContainsAny(SectionWords);

    /// <summary>Parts of the words every section heading above contains: a cheap test before the patterns.</summary>
    private static readonly SearchValues<string> SectionWords = SearchValues.Create(
        ["umm", "urpos", "ecommend", "ecision", "ction", " to", "about"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A lead-in that opens recommendations when the report has no heading for them:
    /// "The Cabinet is asked to:", "It is recommended that the Board:", "Members are requested to".
    /// </summary>
    public static bool IsLeadIn(string text) =>
        text.Length < 200
        && (text.ContainsIgnoreCase("recommended") || text.ContainsIgnoreCase(" asked to")
            || text.ContainsIgnoreCase(" requested to") || text.ContainsIgnoreCase(" invited to"))
        && LeadIn().IsMatch(text);

    /// <summary>A line that reads as a heading: markdown/PDF heading, bold or capitals, short, not a sentence.</summary>
    public static bool IsHeadingLike(ReportUnit unit)
    {
        if (unit.HasCells) return false;
        var t = unit.Text;
        if (unit.Heading) return t.Length <= 120;
        if (t.Length > 90 || t.Length < 3) return false;
        char last = t[^1];
        if (last is '.' or ',' or ';' or ':') return false;
        return unit.Bold || IsCapitals(t);
    }

    /// <summary>A short line without closing punctuation that is not a list item: a plain heading or a signature.</summary>
    public static bool IsShortPlainLine(string t)
    {
        if (t.Length is < 3 or > 70 || t.Contains('\t')) return false;
        if (!char.IsUpper(t[0])) return false;
        char last = t[^1];
        if (last is '.' or ';' or ':' or '?' or '!') return false;
        int words = 1;
        foreach (var c in t) if (c == ' ') words++;
        return words <= 8;
    }

    /// <summary>Mostly capital letters ("SUPPORTING INFORMATION", "1.0 REASON/S FOR RECOMMENDATION/S").</summary>
    public static bool IsCapitals(string t)
    {
        int upper = 0, lower = 0;
        foreach (var c in t)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        return upper >= 3 && lower * 5 <= upper;
    }

    [GeneratedRegex(@"^(?:#+\s*)?(?:[-•]\s*)?(?<n>\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(?=\S)|^(?<n>[A-Z])\.\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^(?:(?:executive|report|management|brief)\s+summary|summary(?:\s+of\s+(?:the\s+)?(?:report|paper|issues?))?|(?:the\s+)?purpose(?:\s+of\s+(?:the\s+|this\s+)?(?:report|paper))?|report\s+purpose|purpose\s+and\s+summary|summary\s+and\s+purpose|introduction\s+and\s+purpose|purpose\s+and\s+(?:background|context)|what\s+is\s+this\s+report\s+about\??)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummaryHead();

    [GeneratedRegex(@"^(?:(?:summary\s+of\s+)?recommendations?|recommendation\s*/\s*s|recommendations?\s*\(s\)|recommendation\(s\)|recommendations?\s+(?:to|for)\s+(?:the\s+)?(?:board|committee|cabinet|council|panel|partnership|decision|approval)|recommended\s+(?:decisions?|resolutions?|actions?)|decisions?\s+(?:required|sought|requested)|actions?\s+required(?:\s+(?:of|by)\s+the\s+\w+)?|(?:the\s+)?(?:board|committee|cabinet|council|panel)\s+is\s+(?:asked|recommended|requested|invited)\s+to)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RecommendationHead();

    [GeneratedRegex(@"^(?:it\s+is\s+(?:therefore\s+)?recommended\s+that\b|(?:that\s+)?(?:the\s+)?[\p{L}&,'’ -]{2,80}?\s+(?:is|are)\s+(?:therefore\s+)?(?:asked|recommended|requested|invited)\s+to\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();
}
