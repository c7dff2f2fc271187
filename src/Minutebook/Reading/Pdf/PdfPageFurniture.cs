using System.Text;
using System.Text.RegularExpressions;

namespace Minutebook.Reading.Pdf;

/// <summary>
/// Page furniture of a PDF: the printed page number ("11", "Page 11", "Page 3 of 9", "- 4 -") in the top or bottom
/// margin band, and running headers or footers (the same short text, digits aside, in the margin band of many pages).
/// The printed number becomes the page's <see cref="PdfLine.PrintedPage"/>.
/// </summary>
internal static partial class PdfPageFurniture
{
    /// <summary>The share of the page height at the top and at the bottom searched for furniture.</summary>
    private const double BandShare = 0.12;
    /// <summary>Lines nearest each edge considered.</summary>
    private const int EdgeLines = 3;

    /// <returns>The printed page number of each PDF page (null where none is printed).</returns>
    public static int?[] Mark(List<List<PdfLine>> pages, double[] heights)
    {
        var printed = new int?[pages.Count];
        var edges = new List<PdfLine>[pages.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int p = 0; p < pages.Count; p++)
        {
            edges[p] = EdgeCandidates(pages[p], heights[p]);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in edges[p])
            {
                var m = PageNumber().Match(line.Text);
                if (m.Success)
                {
                    line.Furniture = true;
                    if (int.TryParse(m.Groups["n"].ValueSpan, out var n) && printed[p] is null) printed[p] = n;
                    continue;
                }
                if (line.IsTableRow) continue;
                if (line.Text.Length <= 120 && keys.Add(Key(line.Text))) seen[Key(line.Text)] = seen.GetValueOrDefault(Key(line.Text)) + 1;
            }
        }
        int needed = Math.Max(3, (int)Math.Ceiling(pages.Count * 0.3));
        if (pages.Count >= 3)
            for (int p = 0; p < pages.Count; p++)
                foreach (var line in edges[p])
                    if (!line.Furniture && !line.IsTableRow && seen.GetValueOrDefault(Key(line.Text)) >= needed) line.Furniture = true;
        for (int p = 0; p < pages.Count; p++)
            foreach (var line in pages[p])
                line.PrintedPage = printed[p];
        return printed;
    }

    private static List<PdfLine> EdgeCandidates(List<PdfLine> lines, double height)
    {
        var result = new List<PdfLine>();
        if (lines.Count == 0) return result;
        var byHeight = lines.OrderByDescending(l => l.Baseline).ToList();
        for (int k = 0; k < Math.Min(EdgeLines, byHeight.Count); k++)
            if (byHeight[k].Baseline >= height * (1 - BandShare) && !result.Contains(byHeight[k])) result.Add(byHeight[k]);
        for (int k = byHeight.Count - 1; k >= Math.Max(0, byHeight.Count - EdgeLines); k--)
            if (byHeight[k].Baseline <= height * BandShare && !result.Contains(byHeight[k])) result.Add(byHeight[k]);
        return result;
    }

    private static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c)) { if (sb.Length == 0 || sb[^1] != '#') sb.Append('#'); }
            else if (!char.IsWhiteSpace(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:[-–]\s*)?(?:Page\s+)?(?<n>\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–])?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
