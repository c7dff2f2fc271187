using Minutebook.Extraction;
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
            var title = TableTitle.Before(lines, start);
            foreach (var table in TableBuilder.Build(rows, title))
            {
                table.Kind = TableClassifier.Classify(table);
                context.Record.Tables.Add(table);
            }
        }
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
            if (!IsTabbed(line)) break;
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
