using Minutebook.Extraction.Values;
using Minutebook.Model;

namespace Minutebook.Extraction.Tables;

/// <summary>What the extractors need to know about a table's columns: units, which hold figures, which hold labels.</summary>
internal sealed class TableColumns
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Table, TableColumns> Cache = new();

    /// <summary>The analysis of a table's columns, computed once and shared by the extractors and checks.</summary>
    public static TableColumns For(Table table) => Cache.GetValue(table, t => new TableColumns(t));

    public TableColumns(Table table)
    {
        Table = table;
        int n = table.Columns.Count;
        Units = new ColumnUnit[n];
        Figures = new bool[n];
        var counts = new int[n];
        var filled = new int[n];
        // the unit may be given once in the caption: "Table 1: Integrated care budget (£m)"
        var captionUnit = ColumnUnit.FromHeader(table.Title ?? "");
        for (int k = 0; k < n; k++)
        {
            Units[k] = ColumnUnit.FromHeader(table.Columns[k]);
            if (Units[k] == ColumnUnit.None && captionUnit.Money) Units[k] = captionUnit;
        }
        foreach (var row in table.Rows)
            for (int k = 0; k < n && k < row.Count; k++)
            {
                if (row[k].Length == 0) continue;
                filled[k]++;
                var v = ValueParser.Parse(row[k], Units[k]);
                if (v.IsFigure || v.Kind == ValueKind.NotApplicable) counts[k]++;
            }
        for (int k = 0; k < n; k++) Figures[k] = counts[k] > 0 && counts[k] * 3 >= filled[k] * 2 && !IsNumbering(table, k);
        FirstFigure = Array.IndexOf(Figures, true);
    }

    public Table Table { get; }
    public ColumnUnit[] Units { get; }
    /// <summary>Columns that hold figures (not a numbering column like "No").</summary>
    public bool[] Figures { get; }
    public int FirstFigure { get; }

    public CellValue Value(List<string> row, int column) =>
        column >= 0 && column < row.Count ? ValueParser.Parse(row[column], Units[column]) : CellValue.Blank;

    /// <summary>The first figure column whose header contains one of the words (and none of the exclusions).</summary>
    public int Find(string[] words, params string[] except)
    {
        for (int k = 0; k < Table.Columns.Count; k++)
        {
            if (!Figures[k]) continue;
            var h = Table.Columns[k];
            if (Contains(h, words) && !Contains(h, except)) return k;
        }
        return -1;
    }

    /// <summary>The first column (any kind) whose header contains one of the words.</summary>
    public int FindAny(string[] words, params string[] except)
    {
        for (int k = 0; k < Table.Columns.Count; k++)
        {
            var h = Table.Columns[k];
            if (Contains(h, words) && !Contains(h, except)) return k;
        }
        return -1;
    }

    public static bool Contains(string header, string[] words)
    {
        foreach (var w in words) if (header.ContainsIgnoreCase(w)) return true;
        return false;
    }

    /// <summary>A first column of row numbers ("1", "2", …) under "No" or "Ref" is numbering, not data.</summary>
    private static bool IsNumbering(Table table, int k)
    {
        if (k != 0) return false;
        var h = table.Columns[0].Trim().TrimEnd('.');
        return h.Equals("No", StringComparison.OrdinalIgnoreCase) || h.Equals("Ref", StringComparison.OrdinalIgnoreCase) || h == "#" || h.Equals("Item", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The row's name from its label cells (those before the figures), the group above filling an empty first cell.</summary>
    public string? RowName(int r, string? subgroup)
    {
        var row = Table.Rows[r];
        var info = Table.RowInfo[r];
        int end = FirstFigure > 0 ? FirstFigure : row.Count;
        var parts = new List<string>(3);
        if (end > 1 && row[0].Length == 0 && info.Group is { Length: > 0 } g && !TableLetter(g)) parts.Add(g);
        if (subgroup is not null) parts.Add(subgroup);
        for (int k = 0; k < end && k < row.Count; k++)
        {
            var c = row[k];
            if (c.Length == 0 || TableLetter(c)) continue;
            if (ValueParser.Parse(c).IsFigure && k > 0) continue;
            parts.Add(c);
        }
        return parts.Count == 0 ? null : string.Join(": ", parts);
    }

    /// <summary>A short row code ("A", "B", "1") that labels nothing by itself.</summary>
    public static bool TableLetter(string s) => s.Length <= 2 && s.All(char.IsLetterOrDigit);
}
