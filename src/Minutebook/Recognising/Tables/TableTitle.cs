using System.Text.RegularExpressions;
using Minutebook.Reading;

namespace Minutebook.Recognising.Tables;

/// <summary>The caption printed just above a table: "Table 2", or the short heading line before it.</summary>
internal static partial class TableTitle
{
    /// <param name="overProse">The table's header began above <paramref name="start"/> (a line of periods): a
    /// sentence or two between it and a bold heading introduce the table, and the heading is the title.</param>
    public static string? Before(IReadOnlyList<SourceLine> lines, int start, bool overProse = false)
    {
        string? nearest = null;
        int seen = 0;
        bool prose = false;
        for (int i = start - 1; i >= 0 && seen < 3 && start - i < 8; i--)
        {
            var line = lines[i];
            if (!line.IsContent) continue;
            if (line.HasCells) break;
            seen++;
            var text = line.Text.Trim();
            if (text.Length > 160 || nearest is null && text.EndsWith('.'))
            {
                // a sentence or two introducing the table under its bold heading ("Prudential Indicator 2: …" over
                // "The CFR is the total …"): the heading is the title
                if (overProse && nearest is null && seen == 1) { prose = true; continue; }
                break;
            }
            if (prose)
            {
                if (line.Bold && !text.EndsWith(':')) return text;
                break;
            }
            if (Caption().IsMatch(text)) return text;
            if (nearest is null)
            {
                if (text.EndsWith(':') && text.Length > 60) break;
                nearest = text;
                if (text.Length > 30) break;
            }
            else
            {
                // "Quarter 2 2020/21" under "Public Health Services Performance Report"
                if (text.Length <= 120 && !text.EndsWith('.')) nearest = text + " – " + nearest;
                break;
            }
        }
        return nearest?.TrimEnd(':').Trim();
    }

    /// <summary>
    /// The money unit printed on a line of its own just above the header ("£m", "£000s", often repeated on every
    /// page as furniture) belongs to the whole table: it is added to the title, where a caption's unit goes.
    /// </summary>
    public static string? WithUnit(string? title, IReadOnlyList<SourceLine> lines, int start)
    {
        for (int i = start - 1, seen = 0; i >= 0 && seen < 3 && start - i < 8; i--)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Blank) continue;
            if (line.HasCells) break;
            seen++;
            var text = line.Text.AsSpan().Trim();
            if (text.Length is < 2 or > 8 || text[0] != '£' || !Unit().IsMatch(text)) continue;
            if (title is not null && title.Contains('£')) return title;
            return title is null ? $"({text})" : $"{title} ({text})";
        }
        return title;
    }

    /// <summary>
    /// The untabbed line just above a table made only of periods ("23-24 2024-25 2025-26", "Q1 Q2 Q3"): its index
    /// and its periods, or -1 and null.
    /// </summary>
    public static int PeriodLineAbove(IReadOnlyList<SourceLine> lines, int start, out string[]? periods)
    {
        periods = null;
        for (int i = start - 1; i >= 0 && start - i < 4; i--)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Blank) continue;
            if (!line.IsContent || line.HasCells) return -1;
            var text = line.Text;
            if (text.Length > 120 || text.Length == 0 || !(char.IsDigit(text[0]) || text[0] is 'Q' or 'q')) return -1;
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (tokens.Length < 2) return -1;
            foreach (var t in tokens)
                if (t.Length > 9 || !t.Any(char.IsDigit) || Extraction.Values.PeriodParser.Find(t) is null) return -1;
            periods = tokens;
            return i;
        }
        return -1;
    }

    [GeneratedRegex(@"^£\s?(?:m|k|'?000s?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Unit();

    /// <summary>"Table 2", "Figure 1", "Appendix B": a caption that starts a table of its own.</summary>
    public static bool IsCaption(string text) => Caption().IsMatch(text);

    [GeneratedRegex(@"^(?:Table|Figure|Appendix)\s+[0-9A-Z]+\b", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();
}
