using Minutebook.Extraction.Values;
using Minutebook.Model;

namespace Minutebook.Extraction.Tables;

/// <summary>
/// Turns budget tables into budget lines. A table with budget / forecast (outturn) / variance columns gives one
/// line per row; a table with years as columns ("2021/22 £m", "Revised 22/23 £m") gives one line per row and year.
/// The pool is the group heading the row sits under, or the budget area named at the head of the label column.
/// Amounts are in pounds: the column header's "£m" or the cell's "m" scales them.
/// </summary>
public sealed class BudgetExtractor : IStage
{
    private static readonly string[] BudgetWords = ["budget", "allocation", "plan"];
    private static readonly string[] ForecastWords = ["forecast", "outturn", "projected", "projection"];
    private static readonly string[] VarianceWords = ["variance", "over/under", "(under)/over", "overspend", "underspend"];
    private static readonly string[] NotAPool = ["pool", "scheme", "summary", "description", "service", "item", "activity", "line", "area", "name", "element", "detail", "post", "budget", "heading", "category", "scheme", "title", "saving"];
    /// <summary>A forecast split over several columns ("Forecast against original saving", …) with its total: the total is the forecast.</summary>
    private static readonly string[] TotalForecastWords = ["total forecast", "forecast total", "total outturn", "outturn total"];

    public void Run(ExtractionContext context)
    {
        foreach (var table in context.Record.Tables)
            if (table.Kind == TableKind.Budget) Extract(table, context.Record.BudgetLines);
    }

    private static bool Ambiguous(Table table, TableColumns columns, int column)
    {
        if (column < 0) return false;
        var label = Recognising.Tables.RowRolesAccess.Normalise(table.Columns[column]);
        for (int k = 0; k < table.Columns.Count; k++)
            if (k != column && columns.Figures[k] && Recognising.Tables.RowRolesAccess.Normalise(table.Columns[k]) == label) return true;
        return false;
    }

    private static void Extract(Table table, List<BudgetLine> output)
    {
        var columns = TableColumns.For(table);
        if (columns.FirstFigure < 0) return;
        int budget = columns.Find(BudgetWords, "change", "variance");
        // "2023/24 Budget", "2024/25 Budget" with no forecast: years as columns
        if (budget >= 0 && columns.Find(ForecastWords, "variance") < 0 && columns.Find(VarianceWords) < 0
            && Enumerable.Range(budget + 1, Math.Max(0, table.Columns.Count - budget - 1)).Any(k => columns.Figures[k] && TableColumns.Contains(table.Columns[k], BudgetWords) && PeriodParser.Find(table.Columns[k]) is { } p && p != PeriodParser.Find(table.Columns[budget])))
            budget = -1;
        int forecast = columns.Find(ForecastWords, "variance");
        if (forecast >= 0 && columns.Find(TotalForecastWords, "variance") is >= 0 and var total) forecast = total;
        int variance = columns.Find(VarianceWords);
        // the same label over two figure columns ("Forecast", "Forecast" from a header that did not survive) cannot
        // say which is which: no budget lines rather than wrong ones
        if (Ambiguous(table, columns, budget) || Ambiguous(table, columns, forecast) || Ambiguous(table, columns, variance)) return;
        string? tablePeriod = PeriodParser.Find(table.Title ?? "");
        string? headerPool = HeaderPool(table, columns);

        var yearColumns = new List<(int Column, string Period)>();
        for (int k = 0; k < table.Columns.Count; k++)
        {
            if (!columns.Figures[k] || k == budget || k == forecast || k == variance) continue;
            var h = table.Columns[k];
            if (h.ContainsIgnoreCase("total") || h.ContainsIgnoreCase("change") && budget >= 0) continue;
            if (PeriodParser.Find(h) is { } p) yearColumns.Add((k, p));
        }
        // a single money column with no other role ("Cost", "Cost per annum") is the budget
        if (budget < 0 && forecast < 0 && variance < 0 && yearColumns.Count == 0)
        {
            for (int k = 0; k < table.Columns.Count; k++)
                if (columns.Figures[k] && table.Rows.Any(r => columns.Value(r, k).Kind == ValueKind.Money)) { budget = k; break; }
            if (budget < 0) return;
        }

        string? groupPool = null;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var info = table.RowInfo[r];
            if (info.Role == RowRole.Group) { groupPool = RowRoleLabel(row); continue; }
            var line = Recognising.Tables.RowRolesAccess.Label(row, columns.FirstFigure);
            if (info.Role == RowRole.Total) groupPool = null;
            if (line is null) continue;
            var pool = groupPool ?? headerPool;
            if (budget >= 0 || forecast >= 0 || variance >= 0)
            {
                decimal? b = Amount(columns.Value(row, budget)), f = Amount(columns.Value(row, forecast)), v = Amount(columns.Value(row, variance));
                if (b is null && f is null && v is null) continue;
                var period = budget >= 0 ? PeriodParser.Find(table.Columns[budget]) : null;
                output.Add(new BudgetLine
                {
                    Pool = pool, Line = line, Budget = b, Forecast = f, Variance = v, Period = period ?? tablePeriod, Source = info.Source,
                    BudgetRounding = Rounding(columns.Value(row, budget)), BudgetPrinted = budget >= 0 ? row[budget] : null,
                });
            }
            else
            {
                foreach (var (column, period) in yearColumns)
                    if (Amount(columns.Value(row, column)) is { } amount)
                        output.Add(new BudgetLine
                        {
                            Pool = pool, Line = line, Budget = amount, Period = period, Source = info.Source,
                            BudgetRounding = Rounding(columns.Value(row, column)), BudgetPrinted = row[column],
                        });
            }
        }
    }

    private static decimal Rounding(CellValue v) => v.IsFigure ? Checking.Precision.HalfUnit(v) * v.Scale : 0;

    private static decimal? Amount(CellValue v) => v.IsFigure && v.Kind != ValueKind.Percent ? v.Absolute : null;

    private static string? RowRoleLabel(List<string> row)
    {
        foreach (var c in row) if (c.Length > 0) return c;
        return null;
    }

    /// <summary>"ICB - Wirral Place" at the head of the label column names the pool; "Summary" or "Service" does not.</summary>
    private static string? HeaderPool(Table table, TableColumns columns)
    {
        int end = columns.FirstFigure > 0 ? columns.FirstFigure : table.Columns.Count;
        for (int k = 0; k < end; k++)
        {
            var h = table.Columns[k].Trim();
            if (h.Length <= 2) continue;
            if (TableColumns.Contains(h, NotAPool) || PeriodParser.Find(h) is not null || h.Contains('£')) return null;
            return h;
        }
        return null;
    }
}
