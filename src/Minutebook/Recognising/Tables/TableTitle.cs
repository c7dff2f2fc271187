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

    /// <summary>"Table 2", "Figure 1", "Appendix B": a caption that starts a table of its own.</summary>
    public static bool IsCaption(string text) => Caption().IsMatch(text);

    [GeneratedRegex(@"^(?:Table|Figure|Appendix)\s+[0-9A-Z]+\b", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();
}
