using Minutebook.Extraction;
using Minutebook.Extraction.Tables;
using Minutebook.Extraction.Values;
using Minutebook.Model;
using Minutebook.Recognising.Tables;

namespace Minutebook.Checking;

/// <summary>
/// Totals and subtotals against the sum of their rows, and "Total" columns against the sum of the row's
/// periods. A total may close the rows since the last total, the subtotals since the last higher total, or all
/// rows since the last total of its level: if any of these sums matches within what the printed precision
/// allows, the total is right. Where none does, three wider readings may still excuse it (never report it): all
/// rows under the group heading the total names ("Children's Services" … "Children's Services Total"), the total
/// above plus the lines added after it ("Total", "Schools", "Grand Total"), and every row of the table above it. Bold labelled rows that are not called totals ("Open", "Funding Deficit") are used
/// as boundaries and summands but never reported: the paper does not claim they are sums.
/// </summary>
public sealed class TotalsCheck : IStage
{
    public const string Kind = "totalMismatch";

    public void Run(ExtractionContext context)
    {
        foreach (var table in context.Record.Tables) Check(table, context);
    }

    private readonly record struct Level(int Value, bool Reportable);

    private static void Check(Table table, ExtractionContext context)
    {
        var columns = TableColumns.For(table);
        if (columns.FirstFigure < 0) return;
        var levels = Levels(table, columns);
        CheckTotalRows(table, columns, levels, context);
        CheckTotalColumn(table, columns, context);
    }

    /// <summary>0 for data; 1 subtotal; 2 a total of subtotals (or a bold labelled closing row); 3 a labelled total.</summary>
    private static Level[] Levels(Table table, TableColumns columns)
    {
        var levels = new Level[table.Rows.Count];
        bool dataSinceTotal = false;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var info = table.RowInfo[r];
            var label = RowRolesAccess.Label(table.Rows[r], columns.FirstFigure);
            switch (info.Role)
            {
                case RowRole.Total:
                    levels[r] = new Level(3, true);
                    dataSinceTotal = false;
                    break;
                case RowRole.Subtotal:
                    bool labelled = label is not null && !label.StartsWith("sub", StringComparison.OrdinalIgnoreCase);
                    // figures straight after another subtotal total the subtotals above them
                    levels[r] = labelled ? new Level(2, false) : new Level(dataSinceTotal ? 1 : 2, true);
                    dataSinceTotal = false;
                    break;
                case RowRole.Data:
                    levels[r] = new Level(0, false);
                    dataSinceTotal = true;
                    break;
                default:
                    levels[r] = new Level(-1, false);
                    break;
            }
        }
        return levels;
    }

    private static void CheckTotalRows(Table table, TableColumns columns, Level[] levels, ExtractionContext context)
    {
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var level = levels[r];
            if (level.Value <= 0 || !level.Reportable) continue;
            var row = table.Rows[r];
            for (int c = columns.FirstFigure; c < table.Columns.Count; c++)
            {
                if (!columns.Figures[c]) continue;
                var total = columns.Value(row, c);
                if (!total.IsFigure || total.Kind == ValueKind.Percent || total.Op is not null || total.High is not null) continue;

                Sum? first = null;
                bool matched = false;
                foreach (var (candidate, alternative) in Candidates(table, levels, r, columns.FirstFigure))
                {
                    var sum = Add(table, columns, candidate, c);
                    if (sum is not { } s || s.Count == 0) continue;
                    // the wider readings only excuse a total; they never make one reportable on their own
                    if (alternative && first is null) continue;
                    first ??= s;
                    var tolerance = (Precision.HalfUnit(total) * total.Scale) + s.Rounding + 0.0000001m;
                    if (Math.Abs(total.Absolute - s.Total) <= tolerance) { matched = true; break; }
                }
                if (matched || first is not { } f) continue;
                var label = RowRolesAccess.Label(row, columns.FirstFigure);
                var name = label is not null ? $"Total '{label}'" : "Subtotal";
                var column = table.Columns[c].Length > 0 ? $" ({table.Columns[c]})" : "";
                var shown = Precision.Format(f.Total / total.Scale, total, row[c]);
                context.AddFinding(Kind, Severity.Error,
                    $"{name}{column} is {row[c]} but its {f.Count} rows sum to {shown} {Precision.Cite(table.RowInfo[r].Source)}",
                    table.RowInfo[r].Source);
            }
        }
    }

    private readonly record struct Sum(decimal Total, decimal Rounding, int Count);

    /// <summary>The row sets a total may close, most specific first.</summary>
    private static IEnumerable<(List<int> Rows, bool Alternative)> Candidates(Table table, Level[] levels, int r, int firstFigure)
    {
        int L = levels[r].Value;
        // (a) the data rows since the last total or group heading
        var a = new List<int>();
        for (int k = r - 1; k >= 0; k--)
        {
            if (levels[k].Value > 0 || table.RowInfo[k].Role == RowRole.Group && a.Count > 0) break;
            if (levels[k].Value == 0) a.Add(k);
        }
        yield return (a, false);
        // (b) the rows of each lower level since the last row above that level
        for (int l = 1; l < L; l++)
        {
            var b = new List<int>();
            for (int k = r - 1; k >= 0; k--)
            {
                if (levels[k].Value > l) break;
                if (levels[k].Value == l) b.Add(k);
            }
            yield return (b, false);
        }
        // (c) all data rows since the last total of this level or above
        var c = new List<int>();
        int previousTotal = -1;
        for (int k = r - 1; k >= 0; k--)
        {
            if (levels[k].Value >= L) { previousTotal = k; break; }
            if (levels[k].Value == 0) c.Add(k);
        }
        yield return (c, false);
        // (d) "Adult Social Care Total" closes everything under the group heading "Adult Social Care", however many
        // division totals lie between
        var label = RowRolesAccess.Label(table.Rows[r], firstFigure);
        if (label is not null && NamedGroup(table, r, label) is { } heading)
        {
            var d = new List<int>();
            for (int k = heading + 1; k < r; k++) if (levels[k].Value == 0) d.Add(k);
            yield return (d, true);
        }
        // (e) a grand total after a total and the lines added below it ("Total", "Schools' budgets", "Grand Total")
        if (previousTotal >= 0)
        {
            var e = new List<int> { previousTotal };
            for (int k = previousTotal + 1; k < r; k++) if (levels[k].Value == 0) e.Add(k);
            if (e.Count > 1) yield return (e, true);
        }
        // (f) every data row of the table above it (since the same label was last printed): a grand total
        var f = new List<int>();
        for (int k = r - 1; k >= 0; k--)
        {
            if (label is not null && levels[k].Value > 0 && RowRolesAccess.Label(table.Rows[k], firstFigure) is { } other && Same(other, label)) break;
            if (levels[k].Value == 0) f.Add(k);
        }
        if (f.Count > c.Count) yield return (f, true);
    }

    private static bool Same(string a, string b) => RowRolesAccess.Normalise(a) == RowRolesAccess.Normalise(b);

    /// <summary>The nearest group heading above whose name the total repeats before the word "Total".</summary>
    private static int? NamedGroup(Table table, int r, string label)
    {
        var key = RowRolesAccess.Normalise(label);
        int at = key.IndexOf("total", StringComparison.Ordinal);
        if (at <= 0) return null;
        var name = key[..at];
        for (int k = r - 1; k >= 0; k--)
        {
            if (table.RowInfo[k].Role != RowRole.Group) continue;
            var group = RowRolesAccess.Label(table.Rows[k], -1);
            if (group is not null && RowRolesAccess.Normalise(group) == name) return k;
        }
        return null;
    }

    private static Sum? Add(Table table, TableColumns columns, List<int> rows, int c)
    {
        decimal total = 0, rounding = 0;
        int count = 0;
        foreach (var k in rows)
        {
            var v = columns.Value(table.Rows[k], c);
            if (v.IsEmpty) continue;
            if (!v.IsFigure || v.Kind == ValueKind.Percent || v.Op is not null || v.High is not null) return null;
            total += v.Absolute;
            rounding += Precision.HalfUnit(v) * v.Scale;
            count++;
        }
        return new Sum(total, rounding, count);
    }

    private static bool IsTotalColumn(string header) =>
        header.Trim().Equals("Total", StringComparison.OrdinalIgnoreCase) || header.StartsWith("Total ", StringComparison.OrdinalIgnoreCase) && !header.ContainsIgnoreCase("number");

    /// <summary>A "Total" column after period columns: each row's total against the sum of its periods.</summary>
    private static void CheckTotalColumn(Table table, TableColumns columns, ExtractionContext context)
    {
        int totalColumn = -1;
        for (int c = columns.FirstFigure + 1; c < table.Columns.Count; c++)
            if (columns.Figures[c] && IsTotalColumn(table.Columns[c])) { totalColumn = c; break; }
        if (totalColumn < 0) return;
        var parts = new List<int>();
        for (int c = columns.FirstFigure; c < totalColumn; c++)
        {
            if (!columns.Figures[c]) continue;
            if (PeriodParser.Find(table.Columns[c]) is null) return; // only periods add up to a total
            parts.Add(c);
        }
        if (parts.Count < 2) return;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var total = columns.Value(row, totalColumn);
            if (!total.IsFigure || total.Kind == ValueKind.Percent) continue;
            decimal sum = 0, rounding = 0;
            bool ok = true;
            foreach (var c in parts)
            {
                var v = columns.Value(row, c);
                if (v.IsEmpty) continue;
                if (!v.IsFigure || v.Kind == ValueKind.Percent) { ok = false; break; }
                sum += v.Absolute;
                rounding += Precision.HalfUnit(v) * v.Scale;
            }
            if (!ok) continue;
            var tolerance = Precision.HalfUnit(total) * total.Scale + rounding + 0.0000001m;
            if (Math.Abs(total.Absolute - sum) <= tolerance) continue;
            var label = RowRolesAccess.Label(row, columns.FirstFigure) ?? "total row";
            context.AddFinding(Kind, Severity.Error,
                $"Row '{label}' gives a {table.Columns[totalColumn]} of {row[totalColumn]} but its columns sum to {Precision.Format(sum / total.Scale, total, row[totalColumn])} {Precision.Cite(table.RowInfo[r].Source)}",
                table.RowInfo[r].Source);
        }
    }
}
