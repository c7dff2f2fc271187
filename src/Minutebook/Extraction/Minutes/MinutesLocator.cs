using System.Text.RegularExpressions;
using Minutebook.Reading;
using Minutebook.Recognising;

namespace Minutebook.Extraction.Minutes;

/// <summary>
/// Fallback for packs the segmenter found no minutes in: where a set of minutes starts ("Minutes of a meeting of",
/// a "PRESENT" header, a "Persons absent are marked" legend; a few title/date lines before it belong to it) and
/// ends (a closing time, a blank page, a report's cover). Each range found is a document of kind Minutes.
/// </summary>
public static partial class MinutesLocator
{
    public static List<PackDocument> Find(IReadOnlyList<SourceLine> lines)
    {
        var found = new List<PackDocument>();
        int i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (!line.IsContent || !IsStart(line.Text.Trim())) { i++; continue; }
            int start = BackUp(lines, i);
            int end = FindEnd(lines, i + 1);
            found.Add(new PackDocument { Kind = DocumentKind.Minutes, Start = start, End = end, Title = "Minutes" });
            i = end;
        }
        return found;
    }

    private static bool IsStart(string text) =>
        text.Length < 200 && (MinutesOf().IsMatch(text) || AttendanceRecogniser.IsAbsenceLegend(text)
                              || (PresentWord().IsMatch(text) && AttendanceRecogniser.TryHeader(text, out var list, out _, out _) && list == AttendanceList.Present));

    [GeneratedRegex(@"^(?:\*\*)?(?:members\s+)?present\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentWord();

    /// <summary>Title and date lines printed above the start ("HEALTH AND WELLBEING BOARD", "16 OCTOBER 2020").</summary>
    private static int BackUp(IReadOnlyList<SourceLine> lines, int i)
    {
        int start = i, taken = 0;
        for (int j = i - 1; j >= 0 && taken < 5; j--)
        {
            var l = lines[j];
            if (l.Kind == LineKind.Blank) continue;
            if (l.Kind == LineKind.Furniture) break;
            var t = l.Text.Trim();
            if (t.Length > 100 || t.StartsWith('-') || t.StartsWith('(') || t.EndsWith('.') || t.EndsWith('>') || t.Contains('|')) break;
            start = j;
            taken++;
        }
        return start;
    }

    private static int FindEnd(IReadOnlyList<SourceLine> lines, int from)
    {
        for (int j = from; j < lines.Count; j++)
        {
            var l = lines[j];
            var t = l.Text.Trim();
            if (l.Kind == LineKind.Furniture && BlankPage().IsMatch(t)) return j;
            if (!l.IsContent) continue;
            if (OtherDocument().IsMatch(t)) return BackUpToDocumentTitle(lines, j, from);
            if (t.Length < 200 && t.Contains(" at ") && EndedAt().IsMatch(t)) return Math.Min(lines.Count, SkipSignature(lines, j + 1));
        }
        return lines.Count;
    }

    private static int BackUpToDocumentTitle(IReadOnlyList<SourceLine> lines, int j, int floor)
    {
        int start = j, taken = 0;
        for (int k = j - 1; k > floor && taken < 4; k--)
        {
            if (!lines[k].IsContent) continue;
            if (lines[k].Text.Length > 80 || lines[k].Text.TrimEnd().EndsWith('.')) break;
            start = k;
            taken++;
        }
        return start;
    }

    private static int SkipSignature(IReadOnlyList<SourceLine> lines, int j)
    {
        int taken = 0;
        while (j < lines.Count && taken < 3)
        {
            if (!lines[j].IsContent) { j++; continue; }
            var t = lines[j].Text.Trim();
            if (t.Length > 60 || !Signature().IsMatch(t)) break;
            j++;
            taken++;
        }
        return j;
    }

    [GeneratedRegex(@"^minutes\s+of\s+(?:a|the)\s+(?:\w+\s+)?meeting\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesOf();

    [GeneratedRegex(@"intentionally\s+(?:left\s+)?blank", RegexOptions.IgnoreCase)]
    private static partial Regex BlankPage();

    [GeneratedRegex(@"^(?:REPORT\s+TITLE|Report\s+of\b|REPORT\s+OF\b|Agenda\s+Item\b|Purpose\s+of\s+(?:the\s+)?Report)", RegexOptions.CultureInvariant)]
    private static partial Regex OtherDocument();

    [GeneratedRegex(@"\b(?:finish(?:ed)?|conclud(?:ed)|clos(?:ed)|end(?:ed)|terminat(?:ed)|rose)\s+at\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex EndedAt();

    [GeneratedRegex(@"chair|signed|date|^\W*$|councillor", RegexOptions.IgnoreCase)]
    private static partial Regex Signature();
}
