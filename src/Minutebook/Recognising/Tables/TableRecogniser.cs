using Minutebook.Extraction;
using Minutebook.Extraction.Values;
using Minutebook.Model;
using Minutebook.Reading;

namespace Minutebook.Recognising.Tables;

/// <summary>
/// Finds the tables of a pack in one pass over its lines: runs of tab-separated rows (blank lines and page
/// breaks may fall between rows) and markdown pipe tables. Each run is handed to <see cref="TableBuilder"/>,
/// which rebuilds header, rows and row roles, and to <see cref="TableClassifier"/> for its kind.
/// </summary>
public sealed class TableRecogniser : IStage
{
    /// <summary>How many blank or furniture lines may separate two rows of one table (a page break).</summary>
    private const int MaxGap = 12;

    public void Run(ExtractionContext context)
    {
        var lines = context.Lines;
        var rows = new List<RawRow>();
        int i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (!line.IsContent) { i++; continue; }
            rows.Clear();
            int start = i;
            if (PipeTableReader.IsPipeRow(line.Text))
                i = PipeTableReader.Read(lines, i, rows);
            else if (IsTabbed(line))
                i = ReadTabRows(lines, i, rows);
            else { i++; continue; }
            if (i <= start) i = start + 1;
            if (rows.Count == 0) continue;
            // a line of periods just above the header ("23-24 2024-25 …") is the header's top line, not the title
            int above = TableTitle.PeriodLineAbove(lines, start, out var periods);
            if (above >= 0 && LabelledAfterFirst(rows[0].Cells) != periods!.Length) { above = -1; periods = null; }
            int titleAt = above >= 0 ? above : start;
            var title = TableTitle.WithUnit(TableTitle.Before(lines, titleAt, overProse: above >= 0), lines, titleAt);
            foreach (var table in TableBuilder.Build(rows, title, periods))
            {
                table.Kind = TableClassifier.Classify(table);
                context.Record.Tables.Add(table);
            }
        }
    }

    private static int LabelledAfterFirst(string[] cells)
    {
        int n = 0;
        for (int k = 1; k < cells.Length; k++) if (cells[k].Length > 0 && !ValueParser.Parse(cells[k]).IsFigure) n++;
        return n;
    }

    /// <summary>Tab-separated in the source (cleaning trims trailing tabs, so a lone heading cell keeps them only in Raw).</summary>
    private static bool IsTabbed(SourceLine line) => line.HasCells || line.Raw.Contains('\t');

    private static string[] CellsOf(SourceLine line)
    {
        var cells = line.Cells;
        int printed = line.Raw.AsSpan().Count('\t') + 1;
        if (cells.Length >= printed) return cells;
        var padded = new string[printed];
        Array.Copy(cells, padded, cells.Length);
        for (int k = cells.Length; k < printed; k++) padded[k] = "";
        return padded;
    }

    /// <summary>Untabbed lines a table of figures runs on over: a repeated header, section labels, the head of a wrapped cell.</summary>
    private const int MaxBridged = 3;

    /// <summary>
    /// A table of figures runs on over a few untabbed lines when a row of the same width and with figures follows
    /// them: the header printed again on one line after a page break (dropped), the first lines of the next
    /// row's label (its first cell then starts in lower case or is empty: joined to it), and short section labels
    /// ("Adult Social Care &amp; Health", kept as group rows). Prose, captions ("Table 2") or a row of another width
    /// end the table. Returns the index after the rows added, or -1 when the table ends at <paramref name="at"/>.
    /// </summary>
    private static int Bridge(IReadOnlyList<SourceLine> lines, int at, List<RawRow> rows)
    {
        if (rows.Count == 0) return -1;
        int width = rows[^1].Cells.Length;
        if (width < 2) return -1;
        var bridged = new List<int>(MaxBridged);
        int j = at, gapLines = 0;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (!line.IsContent) { if (++gapLines > MaxGap) return -1; continue; }
            gapLines = 0;
            if (IsTabbed(line)) break;
            if (bridged.Count == MaxBridged) return -1;
            bridged.Add(j);
        }
        if (j >= lines.Count || bridged.Count == 0) return -1;
        var row = lines[j];
        var cells = CellsOf(row);
        if (cells.Length != width || !HasFigureAfterLabel(cells)) return -1;

        // the last untabbed line is the head of the row's label when the label goes on in lower case (or is empty)
        int last = bridged[^1];
        string? head = null;
        var first = cells[0];
        if ((first.Length == 0 || !char.IsUpper(first[0])) && !EndsSentence(lines[last].Text)) { head = lines[last].Text.Trim().ReplaceLineEndings(" "); bridged.RemoveAt(bridged.Count - 1); }

        var header = rows[0].Cells;
        var labels = new List<RawRow>(bridged.Count);
        foreach (var k in bridged)
        {
            var text = lines[k].Text.Trim();
            if (IsRepeatedHeader(text, header)) continue;
            if (!IsSectionLabel(text)) return -1;
            var label = new string[width];
            Array.Fill(label, "");
            label[0] = text;
            labels.Add(new RawRow(label, lines[k], lines[k].Bold) { AfterGap = true, SectionLabel = true });
        }
        rows.AddRange(labels);
        if (head is not null)
        {
            cells = (string[])cells.Clone();
            cells[0] = first.Length == 0 ? head : head.EndsWith('-') && char.IsDigit(first[0]) ? head + first : head + " " + first;
        }
        rows.Add(new RawRow(cells, row, RawRow.RawCellsBold(row.Raw, '\t')) { AfterGap = true });
        return j + 1;
    }

    private static bool HasFigureAfterLabel(string[] cells)
    {
        for (int k = 1; k < cells.Length; k++)
            if (cells[k].Length > 0 && ValueParser.Parse(cells[k]).IsFigure) return true;
        return false;
    }

    private static bool EndsSentence(string text)
    {
        var t = text.AsSpan().TrimEnd();
        return t.Length == 0 || t[^1] is '.' or ':' or ';' or '!' or '?';
    }

    /// <summary>A short heading line: no sentence, no caption of its own, not a figure.</summary>
    private static bool IsSectionLabel(string text) =>
        text.Length is > 0 and <= 120 && !EndsSentence(text) && !text.Contains('\n') && !TableTitle.IsCaption(text)
        && !ValueParser.Parse(text).IsFigure;

    /// <summary>The header row printed again on one untabbed line: the same words as its cells.</summary>
    private static bool IsRepeatedHeader(string text, string[] header)
    {
        int labels = 0;
        foreach (var c in header)
        {
            if (c.Length == 0) continue;
            if (ValueParser.Parse(c).IsFigure) return false;
            labels++;
        }
        return labels >= 2 && TableBuilder.Normalise(text) == TableBuilder.Normalise(string.Concat(header));
    }

    /// <summary>Collects the tab-separated rows starting at <paramref name="start"/>; returns the index after the last.</summary>
    private static int ReadTabRows(IReadOnlyList<SourceLine> lines, int start, List<RawRow> rows)
    {
        int i = start, end = start + 1;
        bool gap = false;
        int gapLines = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (!line.IsContent)
            {
                gap = true;
                if (++gapLines > MaxGap) break;
                i++;
                continue;
            }
            if (!IsTabbed(line))
            {
                int next = Bridge(lines, i, rows);
                if (next < 0) break;
                gap = true;
                gapLines = 0;
                i = next;
                end = i;
                continue;
            }
            var text = line.Text.AsSpan().Trim();
            if (text.IsEmpty) { i++; continue; }
            rows.Add(new RawRow(CellsOf(line), line, RawRow.RawCellsBold(line.Raw, '\t')) { AfterGap = gap && rows.Count > 0 });
            gap = false;
            gapLines = 0;
            i++;
            end = i;
        }
        return end;
    }
}
