using System.Text.RegularExpressions;
using Minutebook.Extraction.Values;
using Minutebook.Model;

namespace Minutebook.Recognising.Tables;

/// <summary>
/// Gives each row its role: a total ("Total", "Grand Total", "Total Cost", "Education Total (Excluding Schools)"), a subtotal (figures with no label,
/// a "Subtotal" label, or a bold labelled row in a table of plain rows), a group heading (text and no figures
/// where the table has figure columns), or data. Also carries the first column down: a row whose first cell is
/// empty continues the group above.
/// </summary>
internal static partial class RowRoles
{
    public static void Assign(Table table, bool[] figureColumns)
    {
        int firstFigure = Array.IndexOf(figureColumns, true);
        bool anyFigureColumn = firstFigure >= 0;
        int boldData = 0, data = 0;
        string? group = null;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var info = table.RowInfo[r];
            int figures = 0, texts = 0;
            for (int k = 0; k < row.Count; k++)
            {
                if (row[k].Length == 0) continue;
                if (k < figureColumns.Length && figureColumns[k] && ValueParser.Parse(row[k]).IsFigure) figures++;
                else texts++;
            }
            var label = Label(row, firstFigure);
            if (figures > 0 && label is not null && TotalLabel().IsMatch(label))
                info.Role = SubtotalLabel().IsMatch(label) ? RowRole.Subtotal : RowRole.Total;
            else if (figures > 0 && label is null)
                info.Role = RowRole.Subtotal;
            else if (figures == 0 && anyFigureColumn && texts > 0 && (firstFigure > 0 || texts == 1))
                info.Role = RowRole.Group;
            else if (figures == 0 && !anyFigureColumn && texts == 1 && row[0].Length > 0 && row.Count > 2)
                info.Role = RowRole.Group;
            else
            {
                info.Role = RowRole.Data;
                data++;
                if (info.Bold) boldData++;
            }

            if (row[0].Length > 0 && (firstFigure != 0)) group = row[0];
            info.Group = group;
        }
        // bold labelled rows with figures close a group when the ordinary rows are not bold
        if (boldData > 0 && boldData * 3 < data)
            for (int r = 0; r < table.Rows.Count; r++)
                if (table.RowInfo[r].Role == RowRole.Data && table.RowInfo[r].Bold) table.RowInfo[r].Role = RowRole.Subtotal;
    }

    /// <summary>The row's label: its first text cell before the figures, skipping short letters and numbering ("A", "1").</summary>
    public static string? Label(List<string> row, int firstFigure)
    {
        int end = firstFigure > 0 ? firstFigure : row.Count;
        string? fallback = null;
        for (int k = 0; k < end && k < row.Count; k++)
        {
            var c = row[k];
            if (c.Length == 0) continue;
            if (ValueParser.Parse(c).IsFigure) continue;
            if (c.Length > 2) return c;
            fallback ??= c;
        }
        return fallback is not null && !TableBuilder.IsMarker(fallback) ? fallback : null;
    }

    [GeneratedRegex(@"^(?:grand\s+|sub-?\s?|net\s+|overall\s+)?totals?\b(?!\s+(?:number|numbers|of)\b)|\btotals?(?:\s*\([^)]*\))?$|^sub-?total", RegexOptions.IgnoreCase)]
    private static partial Regex TotalLabel();
    [GeneratedRegex(@"^sub-?\s?total", RegexOptions.IgnoreCase)]
    private static partial Regex SubtotalLabel();
}
