using Minutebook.Reading;

namespace Minutebook.Recognising.Tables;

/// <summary>
/// Reads markdown pipe tables: "| a | b |" rows, the "|---|---|" separator, a broken header row ("- | | |"),
/// and cells that wrap over several lines (a row that opens with "|" and closes on a later line).
/// </summary>
internal static class PipeTableReader
{
    public static bool IsPipeRow(string text)
    {
        var t = text.AsSpan().TrimStart();
        if (t.StartsWith("- |")) t = t[2..].TrimStart();
        return t.Length > 1 && t[0] == '|' && t[1..].Contains('|');
    }

    public static bool IsSeparator(ReadOnlySpan<char> t)
    {
        bool dash = false;
        foreach (var c in t)
        {
            if (c == '-') dash = true;
            else if (c is not ('|' or ':' or ' ' or '\t')) return false;
        }
        return dash;
    }

    /// <summary>Reads the pipe table starting at line index <paramref name="start"/>; returns the index after it.</summary>
    public static int Read(IReadOnlyList<SourceLine> lines, int start, List<RawRow> rows)
    {
        int i = start;
        bool gap = false;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (!line.IsContent)
            {
                gap = true;
                i++;
                continue;
            }
            var text = line.Text.AsSpan().Trim();
            if (text.StartsWith("- |")) text = text[2..].TrimStart();
            if (text.Length == 0 || text[0] != '|') break;
            if (IsSeparator(text)) { i++; continue; }

            // a row may wrap: it closes with "|" on this line or a later one
            var first = line;
            string joined = text.ToString();
            string raw = line.Raw;
            int j = i;
            while (!joined.EndsWith('|') && j + 1 < lines.Count && lines[j + 1].IsContent && !IsPipeRow(lines[j + 1].Text) && j - i < 20)
            {
                j++;
                joined += " " + lines[j].Text.Trim();
                raw += " " + lines[j].Raw.Trim();
            }
            if (!joined.EndsWith('|') && j > i)
            {
                // never closed: keep only the first line as the row
                j = i;
                joined = text.ToString();
                raw = line.Raw;
            }
            rows.Add(new RawRow(SplitCells(joined), first, RawRow.RawCellsBold(raw.Trim().Trim('|'), '|')) { AfterGap = gap && rows.Count > 0 });
            gap = false;
            i = j + 1;
            // a trailing blank line ends the table unless another pipe row follows straight after
            if (i < lines.Count && !lines[i].IsContent)
            {
                int k = i;
                while (k < lines.Count && !lines[k].IsContent) k++;
                if (k >= lines.Count || !IsPipeRow(lines[k].Text)) return k;
            }
        }
        return i;
    }

    private static string[] SplitCells(string row)
    {
        var inner = row.AsSpan().Trim();
        if (inner.Length > 0 && inner[0] == '|') inner = inner[1..];
        if (inner.Length > 0 && inner[^1] == '|') inner = inner[..^1];
        var cells = new List<string>();
        foreach (var range in inner.Split('|'))
            cells.Add(MarkupCleaner.CollapseSpaces(inner[range].Trim()));
        return cells.ToArray();
    }
}
