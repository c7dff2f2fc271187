using System.Text.RegularExpressions;
using Minutebook.Reading;

namespace Minutebook.Recognising.Tables;

/// <summary>The caption printed just above a table: "Table 2", or the short heading line before it.</summary>
internal static partial class TableTitle
{
    public static string? Before(IReadOnlyList<SourceLine> lines, int start)
    {
        string? nearest = null;
        int seen = 0;
        for (int i = start - 1; i >= 0 && seen < 3 && start - i < 8; i--)
        {
            var line = lines[i];
            if (!line.IsContent) continue;
            if (line.HasCells) break;
            seen++;
            var text = line.Text.Trim();
            if (text.Length > 160) break;
            if (Caption().IsMatch(text)) return text;
            if (nearest is null)
            {
                if (text.EndsWith('.') || text.EndsWith(':') && text.Length > 60) break;
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

    [GeneratedRegex(@"^£\s?(?:m|k|'?000s?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Unit();

    /// <summary>"Table 2", "Figure 1", "Appendix B": a caption that starts a table of its own.</summary>
    public static bool IsCaption(string text) => Caption().IsMatch(text);

    [GeneratedRegex(@"^(?:Table|Figure|Appendix)\s+[0-9A-Z]+\b", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();
}
