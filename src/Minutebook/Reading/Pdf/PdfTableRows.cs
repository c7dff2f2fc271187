namespace Minutebook.Reading.Pdf;

/// <summary>
/// Rebuilds table rows from word positions. A line split into segments is a table row when a neighbouring line
/// (a row just above or below) has a gap at the same place: the column boundary is shared across rows. Each run
/// of such rows is a table whose columns come from the x-extent of its cells; every row then gets one cell per
/// column (empty where the row has none), so rows read like the tab-separated rows of text packs. A line right
/// under a row that starts inside a later column is the wrapped rest of that row's cell.
/// </summary>
internal static class PdfTableRows
{
    /// <summary>Rows further apart than this many font sizes do not share a table (room for a header and a section label).</summary>
    private const double HeaderDistanceEm = 8;
    /// <summary>A line this close under a row (single leading, no row padding) is the wrapped rest of its cells.</summary>
    private const double WrapLeadingEm = 1.4;
    /// <summary>Single-segment lines a table may run on over.</summary>
    private const int MaxSkipped = 3;

    public static void Mark(List<PdfLine> lines)
    {
        int n = lines.Count;
        var candidate = new bool[n];
        for (int i = 0; i < n; i++)
        {
            if (lines[i].Segments.Count < 2) continue;
            if (SharesBoundary(lines, i, -1) || SharesBoundary(lines, i, +1)) candidate[i] = true;
        }
        int start = 0;
        while (start < n)
        {
            if (!candidate[start]) { start++; continue; }
            int end = start;
            var rows = new List<int> { start };
            // a table runs on while rows follow within reach; a few single-segment lines in between are section
            // labels, a header's second line or wrapped cells
            for (int j = start + 1; j < n; j++)
            {
                if (candidate[j])
                {
                    if (!Near(lines[end], lines[j], HeaderDistanceEm)) break;
                    rows.Add(j);
                    end = j;
                    continue;
                }
                if (j - end > MaxSkipped) break;
            }
            BuildTable(lines, rows, start, end);
            start = end + 1;
        }
        lines.RemoveAll(l => l.Segments.Count == 0);
    }

    private static bool Near(PdfLine a, PdfLine b, double em) =>
        a.PdfPage == b.PdfPage && a.Column == b.Column && a.Baseline - b.Baseline is > 0 && a.Baseline - b.Baseline <= em * Math.Max(a.Size, b.Size);

    /// <summary>
    /// The nearest multi-segment line in <paramref name="step"/> direction (past at most a few single-segment lines:
    /// section labels, a wrapped cell, a header's second line) within reach has a gap overlapping one of ours.
    /// </summary>
    private static bool SharesBoundary(List<PdfLine> lines, int i, int step)
    {
        var line = lines[i];
        PdfLine? other = null;
        for (int j = i + step, skipped = 0; j >= 0 && j < lines.Count && skipped <= MaxSkipped; j += step, skipped++)
        {
            var candidate = lines[j];
            if (candidate.PdfPage != line.PdfPage || candidate.Column != line.Column) return false;
            if (Math.Abs(candidate.Baseline - line.Baseline) > HeaderDistanceEm * Math.Max(line.Size, candidate.Size)) return false;
            if (candidate.Segments.Count >= 2) { other = candidate; break; }
            // a full-width line of prose is not a section label inside a table; a label within the first column of
            // a row of figures is
            if (candidate.Right - candidate.Left > 0.6 * (line.Right - line.Left) && (candidate.Right > line.Segments[1].Left || !EndsInFigure(line))) return false;
        }
        if (other is null) return false;
        for (int a = 0; a + 1 < line.Segments.Count; a++)
        {
            double lo = line.Segments[a].Right, hi = line.Segments[a + 1].Left;
            for (int b = 0; b + 1 < other.Segments.Count; b++)
            {
                double olo = other.Segments[b].Right, ohi = other.Segments[b + 1].Left;
                if (lo < ohi && olo < hi) return true;
            }
        }
        return false;
    }

    private static void BuildTable(List<PdfLine> lines, List<int> rows, int start, int end)
    {
        // columns: the union of the x-extents of cells, widest rows first; a cell overlapping two columns spans them
        var columns = new List<(double Lo, double Hi)>();
        foreach (var r in rows.OrderByDescending(r => lines[r].Segments.Count))
            foreach (var s in lines[r].Segments)
            {
                int hit = -1, hits = 0;
                for (int c = 0; c < columns.Count; c++)
                    if (s.Left < columns[c].Hi && columns[c].Lo < s.Right) { if (hit < 0) hit = c; hits++; }
                if (hits == 0) columns.Add((s.Left, s.Right));
                else if (hits == 1) columns[hit] = (Math.Min(columns[hit].Lo, s.Left), Math.Max(columns[hit].Hi, s.Right));
            }
        columns.Sort((a, b) => a.Lo.CompareTo(b.Lo));
        if (columns.Count < 2) return;

        // the header lines above the first row of figures: their words are set over the columns, and a header
        // printed over several lines often runs the words of neighbouring columns into one segment
        int firstFigures = rows.FirstOrDefault(r => HasFigure(Assign(lines[r], columns)), end + 1);

        PdfLine? lastRow = null;
        double lastBaseline = 0;
        for (int i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            bool isRow = i <= end && rows.Contains(i);
            bool header = i < firstFigures && firstFigures <= end;
            bool tight = lastRow is not null && line.PdfPage == lastRow.PdfPage && lastBaseline - line.Baseline > 0
                && lastBaseline - line.Baseline <= WrapLeadingEm * Math.Max(line.Size, lastRow.Size);
            // the line's cells, worked out once: a row's own, or the wrapped rest of the row above
            var assigned = isRow || tight ? (header ? AssignWords(line, columns) : Assign(line, columns)) : null;
            if (tight && (isRow ? ContinuesRow(assigned!, lastRow!.Cells!) : !StartsOwnLine(lines, i, lastRow!, columns)))
            {
                // the wrapped rest of the cells of the row above
                var extra = assigned!;
                var cells = lastRow!.Cells!;
                for (int c = 0; c < extra.Length; c++)
                    if (extra[c].Length > 0) cells[c] = cells[c].Length == 0 ? extra[c] : Join(cells[c], extra[c]);
                lastRow.Segments.AddRange(line.Segments);
                line.Segments.Clear();
                lastBaseline = line.Baseline;
                continue;
            }
            if (i > end) break;
            if (!isRow) { lastRow = null; continue; }
            line.Cells = assigned;
            lastRow = line;
            lastBaseline = line.Baseline;
        }
        foreach (var i in rows) lines[i].ResetText();
    }

    /// <summary>
    /// A line set tight under a row that is not the rest of its cells: a heading in another size or weight (the
    /// next section's label), or the first line of the next entry, whose rest follows tight below it with the
    /// figures ("Increased contribution from … of Coroner" over "service in Medway | -49.0 | …").
    /// </summary>
    private static bool StartsOwnLine(List<PdfLine> lines, int i, PdfLine above, List<(double Lo, double Hi)> columns)
    {
        var line = lines[i];
        if (line.Segments.Count == 0) return false;
        if (Math.Abs(line.Size - above.Size) > 0.1 * above.Size || line.Bold && !above.Bold) return true;
        var text = line.Segments[0].Text;
        if (text.Length == 0 || !char.IsUpper(text[0]) || !HasFigure(above.Cells!)) return false;
        if (i + 1 >= lines.Count) return false;
        var next = lines[i + 1];
        if (next.PdfPage != line.PdfPage || next.Segments.Count < 2 || line.Baseline - next.Baseline <= 0
            || line.Baseline - next.Baseline > WrapLeadingEm * Math.Max(line.Size, next.Size)) return false;
        var cells = Assign(next, columns);
        return HasFigure(cells) && (cells[0].Length == 0 || char.IsLower(cells[0][0]));
    }

    private static bool EndsInFigure(PdfLine line)
    {
        var last = line.Segments[^1].Words[^1].Text;
        return last.Length > 0 && (char.IsDigit(last[^1]) || last[^1] == ')' && last.Length > 1 && char.IsDigit(last[^2]));
    }

    /// <summary>Figures after the label, and nothing else: "-3,041.1", "(0.2)", "£8,000", "12%".</summary>
    private static bool HasFigure(string[] cells)
    {
        bool any = false;
        for (int c = 1; c < cells.Length; c++)
        {
            if (cells[c].Length == 0) continue;
            if (!IsNumber(cells[c])) return false;
            any = true;
        }
        return any;
    }

    private static bool IsNumber(string cell)
    {
        bool digit = false;
        foreach (var ch in cell)
        {
            if (char.IsDigit(ch)) digit = true;
            else if (ch is not (',' or '.' or '-' or '–' or '(' or ')' or '£' or '%' or ' ' or 'm' or 'k')) return false;
        }
        return digit;
    }

    /// <summary>A cell's lines join with a space; a word hyphenated at the cell edge joins without one.</summary>
    private static string Join(string head, string tail) =>
        head.EndsWith('-') && head.Length > 1 && char.IsLetter(head[^2]) && tail.Length > 0 && char.IsLower(tail[0]) ? head + tail : head + " " + tail;

    /// <summary>
    /// A row set tight under another is the wrapped rest of it when it has nothing where the row above has text
    /// and its first words do not open a new entry (they start in lower case, with a digit, or in a later column).
    /// </summary>
    private static bool ContinuesRow(string[] cells, string[] above)
    {
        bool gap = false;
        for (int c = 0; c < cells.Length; c++)
            if (cells[c].Length == 0 && above[c].Length > 0) gap = true;
        if (!gap) return false;
        var first = cells.FirstOrDefault(c => c.Length > 0);
        return cells[0].Length == 0 || first is null || !char.IsUpper(first[0]);
    }

    /// <summary>
    /// A header line's cells: a segment that runs over two or more columns ("against Forecast alternative
    /// alternative") is split into its words, each going to the column it sits over.
    /// </summary>
    private static string[] AssignWords(PdfLine line, List<(double Lo, double Hi)> columns)
    {
        var cells = new string[columns.Count];
        Array.Fill(cells, "");
        foreach (var s in line.Segments)
        {
            if (Overlapped(s.Left, s.Right, columns) < 2)
            {
                int c = Best(s.Left, s.Right, columns);
                cells[c] = cells[c].Length == 0 ? s.Text : cells[c] + " " + s.Text;
                continue;
            }
            foreach (var w in s.Words)
            {
                int c = Best(w.Left, w.Right, columns);
                cells[c] = cells[c].Length == 0 ? w.Text : cells[c] + " " + w.Text;
            }
        }
        return cells;
    }

    private static int Overlapped(double lo, double hi, List<(double Lo, double Hi)> columns)
    {
        int n = 0;
        foreach (var c in columns) if (Math.Min(hi, c.Hi) - Math.Max(lo, c.Lo) > 0) n++;
        return n;
    }

    /// <summary>The column a span overlaps most (or comes nearest to).</summary>
    private static int Best(double lo, double hi, List<(double Lo, double Hi)> columns)
    {
        int best = 0;
        double bestOverlap = double.MinValue;
        for (int c = 0; c < columns.Count; c++)
        {
            double overlap = Math.Min(hi, columns[c].Hi) - Math.Max(lo, columns[c].Lo);
            if (overlap > bestOverlap) { bestOverlap = overlap; best = c; }
        }
        return best;
    }

    private static string[] Assign(PdfLine line, List<(double Lo, double Hi)> columns)
    {
        var cells = new string[columns.Count];
        Array.Fill(cells, "");
        foreach (var s in line.Segments)
        {
            int best = 0;
            double bestOverlap = double.MinValue;
            for (int c = 0; c < columns.Count; c++)
            {
                double overlap = Math.Min(s.Right, columns[c].Hi) - Math.Max(s.Left, columns[c].Lo);
                if (overlap > bestOverlap) { bestOverlap = overlap; best = c; }
            }
            cells[best] = cells[best].Length == 0 ? s.Text : cells[best] + " " + s.Text;
        }
        return cells;
    }
}
