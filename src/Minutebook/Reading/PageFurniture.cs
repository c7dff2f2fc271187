using System.Text.RegularExpressions;

namespace Minutebook.Reading;

/// <summary>
/// Recognises page furniture in converted text (printed page numbers, "intentionally left blank", running headers
/// repeated on every page) and gives lines the page number printed on them where the pack prints one.
/// </summary>
public static partial class PageFurniture
{
    public static void Mark(List<SourceLine> lines)
    {
        var markers = new List<(int Index, int Page)>();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.IsContent) continue;
            var text = line.Text;
            if (text.Length > 60) continue;
            if (BlankPage().IsMatch(text)) { line.Kind = LineKind.Furniture; continue; }
            var m = PageMarker().Match(text);
            if (m.Success)
            {
                line.Kind = LineKind.Furniture;
                markers.Add((i, int.Parse(m.Groups[1].ValueSpan)));
            }
        }
        MarkRunningBlocks(lines);
        AssignPages(lines, markers);
    }

    /// <summary>
    /// A printed page number closes its page: lines since the previous page break carry that number. The previous
    /// break is known when it is the marker of the page before (or a blank page); packs that print page numbers only
    /// here and there do not say where an isolated numbered page began, so only a page's worth of lines
    /// (<see cref="IsolatedPageLines"/>) above an isolated marker take its number.
    /// </summary>
    private static void AssignPages(List<SourceLine> lines, List<(int Index, int Page)> markers)
    {
        int previousPage = int.MinValue;
        foreach (var (index, page) in markers)
        {
            lines[index].Page = page;
            // the page before was numbered, or this is the first page of the pack: the page's start is known
            bool follows = previousPage == page - 1 || (previousPage == int.MinValue && page == 1);
            for (int j = index - 1; j >= 0; j--)
            {
                var l = lines[j];
                if (l.Page is not null || (l.Kind == LineKind.Furniture && BlankPage().IsMatch(l.Text))) break;
                if (!follows && index - j > IsolatedPageLines) { ClearUp(lines, j + 1, index); break; }
                l.Page = page;
            }
            previousPage = page;
        }
    }

    /// <summary>Lines a converted page holds at most; an isolated marker further away than this says nothing.</summary>
    private const int IsolatedPageLines = 40;

    private static void ClearUp(List<SourceLine> lines, int from, int markerIndex)
    {
        for (int k = from; k < markerIndex; k++) lines[k].Page = null;
    }

    /// <summary>
    /// A short block between blank lines that interrupts a sentence (the text before it does not end a sentence,
    /// the text after it starts in lower case) is a running header or footer; so is every repeat of that block.
    /// </summary>
    private static void MarkRunningBlocks(List<SourceLine> lines)
    {
        var furniture = new HashSet<string>(StringComparer.Ordinal);
        // the first line of each such block: a cheap test before a block's key is built
        var firstLines = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        while (i < lines.Count)
        {
            if (!lines[i].IsContent || (i > 0 && lines[i - 1].IsContent)) { i++; continue; }
            int end = i;
            while (end + 1 < lines.Count && lines[end + 1].IsContent) end++;
            int size = end - i + 1;
            if (size <= 3 && AllShort(lines, i, end))
            {
                var before = PreviousContent(lines, i - 1);
                var after = NextContent(lines, end + 1);
                if (before is not null && after is not null && !EndsSentence(before.Text) && StartsLower(after.Text))
                {
                    furniture.Add(BlockKey(lines, i, end));
                    firstLines.Add(lines[i].Text);
                }
            }
            i = end + 1;
        }
        if (furniture.Count == 0) return;
        i = 0;
        while (i < lines.Count)
        {
            if (!lines[i].IsContent) { i++; continue; }
            int end = i;
            while (end + 1 < lines.Count && lines[end + 1].IsContent) end++;
            if (end - i < 3 && firstLines.Contains(lines[i].Text) && furniture.Contains(BlockKey(lines, i, end)))
                for (int k = i; k <= end; k++) lines[k].Kind = LineKind.Furniture;
            i = end + 1;
        }
    }

    private static bool AllShort(List<SourceLine> lines, int from, int to)
    {
        for (int k = from; k <= to; k++)
            if (lines[k].Text.Length > 70 || lines[k].HasCells || lines[k].Text.StartsWith("- ")) return false;
        return true;
    }

    private static string BlockKey(List<SourceLine> lines, int from, int to)
    {
        if (from == to) return lines[from].Text;
        return string.Join('\n', Enumerable.Range(from, to - from + 1).Select(k => lines[k].Text));
    }

    private static SourceLine? PreviousContent(List<SourceLine> lines, int i)
    {
        for (; i >= 0; i--) if (lines[i].IsContent) return lines[i];
        return null;
    }

    private static SourceLine? NextContent(List<SourceLine> lines, int i)
    {
        for (; i < lines.Count; i++) if (lines[i].IsContent) return lines[i];
        return null;
    }

    private static bool EndsSentence(string s)
    {
        var c = s[^1];
        return c is '.' or ':' or '?' or '!' or ';' or ')' || char.IsDigit(c) && s.Length < 8;
    }

    private static bool StartsLower(string s) => s.Length > 0 && char.IsLower(s[0]);

    [GeneratedRegex(@"^\W*this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\W*$", RegexOptions.IgnoreCase)]
    public static partial Regex BlankPage();

    [GeneratedRegex(@"^(?:-\s*)?Page\s+(\d{1,4})(?:\s+of\s+\d{1,4})?(?:\s*-)?$", RegexOptions.IgnoreCase)]
    public static partial Regex PageMarker();
}
