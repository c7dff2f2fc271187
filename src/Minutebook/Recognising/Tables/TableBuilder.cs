using System.Buffers;
using System.Runtime.InteropServices;
using Minutebook.Extraction.Values;
using Minutebook.Model;

namespace Minutebook.Recognising.Tables;

/// <summary>
/// Rebuilds tables from a run of printed rows: finds the header (and a second header row under a spanning
/// label), drops header rows repeated after page breaks (realigning the columns when the repeat is laid out
/// differently), joins cells that wrap onto the next line, puts footnote markers that slipped into a figure
/// column back beside their note, splits the run where a new header starts a new table, and gives each row
/// its role (data, group heading, subtotal, total) and the group it belongs to.
/// </summary>
internal static class TableBuilder
{
    public static List<Table> Build(List<RawRow> rows, string? title) => Build(rows, title, null);

    /// <param name="periods">The periods printed on a line of their own just above the table ("23-24 2024-25 …"): they head the first table's labelled columns.</param>
    public static List<Table> Build(List<RawRow> rows, string? title, string[]? periods)
    {
        var tables = new List<Table>();
        int i = 0;
        while (i < rows.Count)
        {
            int before = i;
            var table = BuildOne(rows, ref i, title, periods);
            periods = null;
            if (i == before) i++;
            if (table is null) continue;
            title = table.Title;
            tables.Add(table);
        }
        return tables;
    }

    private static Table? BuildOne(List<RawRow> rows, ref int i, string? title, string[]? periods)
    {
        while (i < rows.Count && (rows[i].NonEmpty == 0 || IsSeparatorRow(rows[i].Cells))) i++;
        if (i >= rows.Count) return null;

        var first = rows[i];
        string[] header;
        bool hasHeader = LooksLikeHeader(rows, i);
        if (hasHeader)
        {
            header = (string[])first.Cells.Clone();
            i++;
            // a second header row under a spanning label: "Change from previous year" over "2021/22 £m", "2022/23 £m"
            if (i < rows.Count && !rows[i].AfterGap && IsHeaderContinuation(header, rows[i].Cells))
            {
                var second = rows[i].Cells;
                if (second.Length > header.Length) Array.Resize(ref header, second.Length);
                for (int k = 0; k < header.Length; k++)
                {
                    header[k] ??= "";
                    if (k < second.Length && second[k].Length > 0)
                        header[k] = header[k].Length > 0 ? header[k] + " " + second[k] : second[k];
                }
                i++;
            }
            // a header printed over several lines, its label column named only on the last (or not at all): the
            // lines under it with no figures and words over the columns are merged per column, top to bottom
            header = Stack(rows, ref i, header);
            if (periods is not null) HeadWithPeriods(header, periods);
        }
        else
        {
            int width = 0;
            for (int k = i; k < rows.Count && k < i + 30; k++) width = Math.Max(width, TrimmedLength(rows[k].Cells));
            header = new string[width];
            Array.Fill(header, "");
        }

        var table = new Table { Title = title, Source = first.Line.Ref };
        table.Columns.AddRange(header);
        int n = header.Length;
        int[]? map = null;
        bool hasFigures = false;
        var headerKey = Key(header);

        for (; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.NonEmpty == 0 || IsSeparatorRow(row.Cells)) continue;
            if (hasHeader && HasKey(row.Cells, headerKey)) { map = null; continue; }
            if (hasHeader && row.AfterGap && header[0].Length > 0 && row.Cells.Length > 0 && row.Cells[0].Length == 0 && IsHeaderLike(row.Cells))
            {
                // a header printed over several lines, printed again after a page break
                int after = i + 1;
                var stacked = Stack(rows, ref after, (string[])row.Cells.Clone());
                if (after > i + 1 && (HasKey(stacked, headerKey) || IsRepeatOf(stacked, header)))
                {
                    map = HasKey(stacked, headerKey) ? null : MapColumns(stacked, header);
                    i = after - 1;
                    continue;
                }
            }
            if (hasHeader && row.AfterGap && IsHeaderLike(row.Cells))
            {
                if (IsRepeatOf(row.Cells, header)) { map = MapColumns(row.Cells, header); continue; }
                if ((hasFigures && !HasFigure(row.Cells)) || row.Bold) break;
            }
            else if (!hasHeader && row.AfterGap && table.Rows.Count > 0 && LooksLikeHeader(rows, i)) break;

            var cells = map is null ? row.Cells : Apply(map, row.Cells, n);
            cells = FitWidth(cells, n);
            if (cells.Length > n)
            {
                for (int k = n; k < cells.Length; k++) table.Columns.Add("");
                n = cells.Length;
                foreach (var r in table.Rows) while (r.Count < n) r.Add("");
            }

            if (table.Rows.Count > 0 && !row.SectionLabel && IsWrapContinuation(table.Rows[^1], cells))
            {
                var prev = table.Rows[^1];
                for (int k = 0; k < cells.Length; k++)
                    if (cells[k].Length > 0) prev[k] = prev[k].Length > 0 ? prev[k] + " " + cells[k] : cells[k];
                continue;
            }
            if (HasFigure(cells)) hasFigures = true;
            table.Rows.Add([.. cells]);
            table.RowInfo.Add(new TableRowInfo { Source = row.Line.Ref, Bold = row.Bold });
        }

        if (table.Rows.Count == 0 || n < 2) return null;
        var figureColumns = FigureColumns(table);
        PutBackMarkers(table, figureColumns);
        RowRoles.Assign(table, figureColumns);
        RealignAgainstSubtotals(table, figureColumns);
        return table;
    }

    // ---- header recognition -------------------------------------------------------------------------------

    private static readonly HashSet<string> HeaderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "item", "items", "title", "name", "date", "dates", "lead", "officer", "owner", "author", "status", "target", "budget",
        "forecast", "variance", "outturn", "actual", "total", "indicator", "measure", "metric", "service", "description",
        "summary", "activity", "cost", "costs", "no", "no.", "ref", "reference", "action", "actions", "timescale",
        "frequency", "category", "theme", "priority", "priorities", "purpose", "page", "pages", "decision", "decisions",
        "meeting", "month", "quarter", "year", "period", "baseline", "plan", "progress", "who", "how", "what", "when",
        "organisation", "role", "committee", "grade", "post", "posts", "fte", "area", "locality", "programme", "place",
        "notes", "note", "comments", "source", "funding", "rag", "objective", "objectives", "outcome", "outcomes",
        "recommendation", "report", "key", "approach", "benefits", "risk", "risks", "type", "job", "subject", "issue",
        "council", "performance", "agenda", "area", "areas", "member", "members", "membership", "contents", "shift",
        "detailed", "examples", "forum", "healthwatch", "vcfse", "element", "expected", "reporting", "ics", "term",
    };

    private static bool LooksLikeHeader(List<RawRow> rows, int at)
    {
        var cells = rows[at].Cells;
        if (!IsHeaderLike(cells)) return false;
        if (rows[at].Bold) return true;
        foreach (var c in cells)
        {
            if (c.Length == 0) continue;
            var word = FirstWord(c);
            if (HeaderWords.Contains(word) || PeriodParser.Find(c) is not null || c.Contains('£') || c.Contains('%')) return true;
        }
        // figures under a text header
        for (int k = at + 1; k < rows.Count && k <= at + 3; k++)
        {
            var below = rows[k].Cells;
            for (int c = 0; c < below.Length && c < cells.Length; c++)
                if (cells[c].Length > 0 && ValueParser.Parse(below[c]).IsFigure) return true;
        }
        return false;
    }

    private static string FirstWord(string cell)
    {
        var s = cell.AsSpan().TrimStart();
        int end = 0;
        while (end < s.Length && (char.IsLetter(s[end]) || s[end] == '.')) end++;
        return s[..end].ToString();
    }

    /// <summary>Short labels, no figures, at least two of them, none reading like a sentence.</summary>
    private static bool IsHeaderLike(string[] cells)
    {
        int labels = 0;
        foreach (var c in cells)
        {
            if (c.Length == 0) continue;
            if (c.Length > 160 || labels == 0 && char.IsLower(c[0]) || c.EndsWith('.') || c.EndsWith(':')) return false;
            if (ValueParser.Parse(c).IsFigure) return false;
            labels++;
        }
        return labels >= 2;
    }

    private const int MaxStackedHeaderLines = 4;

    /// <summary>
    /// A header printed over several lines, its label column named only on the last (or not at all): the lines
    /// under <paramref name="header"/> with no figures and words over the columns are merged into it per column,
    /// top to bottom ("Forecast" over "Variance" → "Forecast Variance"). <paramref name="i"/> moves past them.
    /// </summary>
    private static string[] Stack(List<RawRow> rows, ref int i, string[] header)
    {
        for (int extra = 0; extra < MaxStackedHeaderLines && header[0].Length == 0 && i < rows.Count && IsStackedHeaderLine(rows, i); extra++, i++)
        {
            var next = rows[i].Cells;
            if (next.Length > header.Length) { int old = header.Length; Array.Resize(ref header, next.Length); for (int k = old; k < header.Length; k++) header[k] = ""; }
            for (int k = 0; k < next.Length; k++)
                if (next[k].Length > 0) header[k] = header[k].Length > 0 ? JoinHeader(header[k], next[k]) : next[k];
        }
        return header;
    }

    /// <summary>
    /// A further line of a header printed over several lines: set tight under it (no gap), short labels and no
    /// figures, words over the columns after the first, and a row of figures soon after (so a table of text rows
    /// under an unnamed first column keeps its rows).
    /// </summary>
    private static bool IsStackedHeaderLine(List<RawRow> rows, int at)
    {
        var row = rows[at];
        if (row.AfterGap || row.SectionLabel) return false;
        var cells = row.Cells;
        bool overColumns = false;
        for (int k = 0; k < cells.Length; k++)
        {
            var c = cells[k];
            if (c.Length == 0) continue;
            if (c.Length > 60 || c.EndsWith('.') || c.EndsWith(':')) return false;
            var v = ValueParser.Parse(c);
            if (v.IsFigure && PeriodParser.Find(c) is null && !IsUnit(c) || v.Kind == ValueKind.NotApplicable) return false;
            if (k > 0) overColumns = true;
        }
        if (!overColumns) return false;
        for (int k = at + 1; k < rows.Count && k <= at + 6; k++)
            if (HasFigure(rows[k].Cells)) return true;
        return false;
    }

    /// <summary>A money unit printed as a header line of its own: "£000", "£m", "£'000s".</summary>
    private static bool IsUnit(string cell) =>
        cell.Length is >= 2 and <= 7 && cell[0] == '£' && cell.AsSpan(1).TrimStart('\'').TrimEnd('s') is "000" or "m" or "k" or "bn";

    /// <summary>A header word hyphenated at the line end joins without a space ("(one-" + "off)").</summary>
    private static string JoinHeader(string head, string tail) =>
        head.EndsWith('-') && head.Length > 1 && char.IsLetter(head[^2]) && tail.Length > 0 && char.IsLower(tail[0]) ? head + tail : head + " " + tail;

    /// <summary>The periods of the line above the header head its labelled columns when there is one period to each ("23-24" over "Actuals").</summary>
    private static void HeadWithPeriods(string[] header, string[] periods)
    {
        int labelled = 0;
        for (int k = 1; k < header.Length; k++) if (header[k].Length > 0) labelled++;
        if (labelled != periods.Length) return;
        for (int k = 1, p = 0; k < header.Length; k++)
            if (header[k].Length > 0) header[k] = periods[p++] + " " + header[k];
    }

    private static bool IsHeaderContinuation(string[] header, string[] next)
    {
        if (next.Length == 0 || next[0].Length > 0) return false;
        bool fills = false;
        for (int k = 0; k < next.Length; k++)
        {
            if (next[k].Length == 0) continue;
            if (ValueParser.Parse(next[k]).IsFigure) return false;
            if (k >= header.Length || header[k].Length == 0) fills = true;
        }
        return fills;
    }

    /// <summary>A header printed again after a page break, perhaps laid out differently: the same first label.</summary>
    private static bool IsRepeatOf(string[] row, string[] header)
    {
        string? a = FirstLabel(row), b = FirstLabel(header);
        return a is not null && b is not null && Normalise(a) == Normalise(b);
    }

    private static string? FirstLabel(string[] cells)
    {
        foreach (var c in cells) if (c.Length > 0) return c;
        return null;
    }

    private static string Key(string[] cells)
    {
        var parts = new List<string>(cells.Length);
        foreach (var c in cells) if (c.Length > 0) parts.Add(Normalise(c));
        return string.Join("|", parts);
    }

    /// <summary>Whether <see cref="Key"/> of the cells is <paramref name="key"/> (compared as it is built, without building it).</summary>
    private static bool HasKey(string[] cells, string key)
    {
        int at = 0;
        bool first = true;
        foreach (var c in cells)
        {
            if (c.Length == 0) continue;
            if (!first && (at >= key.Length || key[at++] != '|')) return false;
            first = false;
            foreach (var ch in c)
                if (char.IsLetterOrDigit(ch) && (at >= key.Length || key[at++] != char.ToLowerInvariant(ch))) return false;
        }
        return at == key.Length;
    }

    internal static string Normalise(string s)
    {
        // a long text (a paragraph of minutes) borrows its buffer from the pool rather than allocating one
        char[]? rented = s.Length <= 256 ? null : ArrayPool<char>.Shared.Rent(s.Length);
        Span<char> buffer = rented is null ? stackalloc char[s.Length] : rented;
        var normalised = new string(buffer[..Normalise(s, buffer)]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return normalised;
    }

    /// <summary><see cref="Normalise(string)"/> written into <paramref name="buffer"/> (as long as the text at least); returns its length.</summary>
    internal static int Normalise(ReadOnlySpan<char> s, Span<char> buffer)
    {
        int n = 0;
        foreach (var c in s) if (char.IsLetterOrDigit(c)) buffer[n++] = char.ToLowerInvariant(c);
        return n;
    }

    // ---- realignment ---------------------------------------------------------------------------------------

    /// <summary>
    /// Where each column of a repeated header goes in the table: labels that match are anchors; unlabelled
    /// columns between two anchors fill the table's columns between them in order, extra ones join the last.
    /// </summary>
    private static int[] MapColumns(string[] repeat, string[] header)
    {
        var map = new int[repeat.Length];
        Array.Fill(map, -1);
        int last = -1;
        for (int j = 0; j < repeat.Length; j++)
        {
            if (repeat[j].Length == 0) continue;
            var key = Normalise(repeat[j]);
            for (int i = last + 1; i < header.Length; i++)
            {
                var h = Normalise(header[i]);
                if (h.Length > 0 && key.Length > 0 && (h == key || h.EndsWith(key) || key.EndsWith(h)))
                {
                    map[j] = i;
                    last = i;
                    break;
                }
            }
        }
        int prevAnchor = -1, prevTarget = -1;
        for (int j = 0; j < repeat.Length; j++)
        {
            if (map[j] >= 0) { prevAnchor = j; prevTarget = map[j]; continue; }
            int nextTarget = header.Length;
            for (int k = j + 1; k < repeat.Length; k++) if (map[k] >= 0) { nextTarget = map[k]; break; }
            int offset = j - prevAnchor;
            int target = prevTarget + offset;
            if (target >= nextTarget) target = nextTarget - 1;
            if (target <= prevTarget) target = Math.Max(prevTarget, 0);
            map[j] = Math.Min(target, header.Length - 1);
        }
        return map;
    }

    private static string[] Apply(int[] map, string[] cells, int n)
    {
        var result = new string[n];
        Array.Fill(result, "");
        for (int j = 0; j < cells.Length; j++)
        {
            int target = j < map.Length ? map[j] : Math.Min(n - 1, map.Length == 0 ? j : map[^1] + (j - map.Length + 1));
            if (cells[j].Length == 0) continue;
            result[target] = result[target].Length > 0 ? result[target] + " " + cells[j] : cells[j];
        }
        return result;
    }

    /// <summary>Pads short rows; in long rows joins a footnote marker to the note before it ("A", "*" → "A *").</summary>
    private static string[] FitWidth(string[] cells, int n)
    {
        if (cells.Length == n) return cells;
        if (cells.Length < n)
        {
            var padded = new string[n];
            Array.Copy(cells, padded, cells.Length);
            for (int k = cells.Length; k < n; k++) padded[k] = "";
            return padded;
        }
        var list = new List<string>(cells);
        while (list.Count > n)
        {
            bool merged = false;
            for (int k = 1; k < list.Count; k++)
            {
                if (IsMarker(list[k]) && list[k - 1].Length > 0 && list[k - 1].Length <= 3 && !ValueParser.Parse(list[k - 1]).IsFigure)
                {
                    list[k - 1] += " " + list[k];
                    list.RemoveAt(k);
                    merged = true;
                    break;
                }
            }
            if (merged) continue;
            if (list[^1].Length == 0) { list.RemoveAt(list.Count - 1); continue; }
            break;
        }
        return list.ToArray();
    }

    /// <summary>A footnote or RAG marker: "*", "A", "R *", "†".</summary>
    internal static bool IsMarker(string s)
    {
        if (s.Length == 0 || s.Length > 3) return false;
        foreach (var c in s) if (char.IsDigit(c) || char.IsLower(c)) return false;
        return true;
    }

    private static bool[] FigureColumns(Table table)
    {
        int n = table.Columns.Count;
        var figures = new int[n];
        var actual = new int[n];
        var filled = new int[n];
        foreach (var row in table.Rows)
            for (int k = 0; k < n && k < row.Count; k++)
            {
                if (row[k].Length == 0) continue;
                filled[k]++;
                var v = ValueParser.Parse(row[k]);
                if (v.IsFigure) actual[k]++;
                if (v.IsFigure || v.Kind == ValueKind.NotApplicable) figures[k]++;
            }
        var result = new bool[n];
        for (int k = 0; k < n; k++) result[k] = actual[k] >= 2 && figures[k] * 3 >= filled[k] * 2;
        return result;
    }

    /// <summary>A marker printed in a figure column belongs with the note cell to its left ("A" | "*" | 0.020).</summary>
    private static void PutBackMarkers(Table table, bool[] figureColumns)
    {
        foreach (var row in table.Rows)
            for (int k = 1; k < row.Count && k < figureColumns.Length; k++)
            {
                if (!figureColumns[k] || figureColumns[k - 1] || !IsMarker(row[k]) || ValueParser.IsNotApplicable(row[k]) && row[k] != "*") continue;
                if (row[k - 1].Length > 3) continue;
                row[k - 1] = row[k - 1].Length > 0 ? row[k - 1] + " " + row[k] : row[k];
                row[k] = "";
            }
    }

    /// <summary>
    /// Rows whose figures slipped one column to the right (a split cell in the conversion): when a subtotal does
    /// not match its rows as printed but matches them in every column once they move one column left, and the
    /// first figure column of those rows is empty, move them.
    /// </summary>
    private static void RealignAgainstSubtotals(Table table, bool[] figureColumns)
    {
        int first = Array.IndexOf(figureColumns, true);
        if (first < 0) return;
        int n = table.Columns.Count;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var role = table.RowInfo[r].Role;
            if (role is not (RowRole.Subtotal or RowRole.Total)) continue;
            var group = new List<int>();
            for (int k = r - 1; k >= 0 && table.RowInfo[k].Role == RowRole.Data; k--) group.Add(k);
            if (group.Count == 0 || group.Any(k => table.Rows[k][first].Length > 0)) continue;
            if (Matches(table, group, r, first, n, shift: 0) || !Matches(table, group, r, first, n, shift: 1)) continue;
            foreach (var k in group)
            {
                var row = table.Rows[k];
                for (int c = first; c < n - 1; c++) row[c] = row[c + 1];
                row[n - 1] = "";
            }
        }
    }

    private static bool Matches(Table table, List<int> group, int total, int first, int n, int shift)
    {
        bool any = false;
        for (int c = first; c < n; c++)
        {
            var t = ValueParser.Parse(table.Rows[total][c]);
            if (!t.IsFigure) continue;
            decimal sum = 0, tolerance = t.HalfUnit;
            foreach (var k in group)
            {
                var v = c + shift < n ? ValueParser.Parse(table.Rows[k][c + shift]) : CellValue.Blank;
                if (v.IsEmpty) continue;
                if (!v.IsFigure) return false;
                sum += v.Number;
                tolerance += v.HalfUnit;
            }
            if (Math.Abs(sum - t.Number) > tolerance) return false;
            any = true;
        }
        return any;
    }

    // ---- wrapped cells -------------------------------------------------------------------------------------

    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "of", "the", "to", "for", "with", "in", "on", "by", "a", "an", "at", "from", "into", "&", "-", "–", "/",
    };

    /// <summary>
    /// A row that only continues the one above: it starts in lower case, or the row above breaks off on a
    /// connective ("…after going to Health and") and this row leaves some of its columns empty. Never a row with figures.
    /// </summary>
    private static bool IsWrapContinuation(List<string> prev, string[] cells)
    {
        if (HasFigure(cells) || HasFigure(CollectionsMarshal.AsSpan(prev))) return false;
        string? first = FirstLabel(cells);
        if (first is null) return false;
        if (char.IsLower(first[0]) && !first.StartsWith("e.g", StringComparison.Ordinal)) return true;
        bool brokenOff = false;
        foreach (var c in prev)
        {
            if (c.Length == 0) continue;
            var t = c.TrimEnd();
            if (t.EndsWith('/') || t.EndsWith(',') || t.EndsWith('-') || t.EndsWith('–')) { brokenOff = true; break; }
            int sp = t.LastIndexOf(' ');
            if (sp > 0 && Connectives.Contains(t[(sp + 1)..])) { brokenOff = true; break; }
        }
        if (!brokenOff) return false;
        for (int k = 0; k < cells.Length && k < prev.Count; k++)
            if (cells[k].Length == 0 && prev[k].Length > 0) return true;
        return false;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static bool HasFigure(ReadOnlySpan<string> cells)
    {
        foreach (var c in cells)
            if (c.Length > 0 && ValueParser.Parse(c).IsFigure) return true;
        return false;
    }

    private static bool IsSeparatorRow(string[] cells)
    {
        bool dash = false;
        foreach (var c in cells)
        {
            if (c.Length == 0) continue;
            if (!PipeTableReader.IsSeparator(c)) return false;
            dash = true;
        }
        return dash;
    }

    private static int TrimmedLength(string[] cells)
    {
        int n = cells.Length;
        while (n > 0 && cells[n - 1].Length == 0) n--;
        return n;
    }
}
