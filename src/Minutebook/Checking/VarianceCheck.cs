using Minutebook.Extraction;
using Minutebook.Extraction.Tables;
using Minutebook.Extraction.Values;
using Minutebook.Model;
using Minutebook.Recognising.Tables;

namespace Minutebook.Checking;

/// <summary>
/// The variance column against forecast minus budget. The table's sign convention (forecast − budget, or
/// budget − forecast) is taken from its rows; a row is reported only when its variance is off by more than the
/// rounding of the three printed figures allows.
/// </summary>
public sealed class VarianceCheck : IStage
{
    public const string Kind = "varianceMismatch";

    private static readonly string[] BudgetWords = ["budget"];
    private static readonly string[] ForecastWords = ["forecast", "outturn", "projected", "actual"];
    private static readonly string[] VarianceWords = ["variance"];

    public void Run(ExtractionContext context)
    {
        foreach (var table in context.Record.Tables)
        {
            var columns = TableColumns.For(table);
            if (columns.FirstFigure < 0) continue;
            int b = columns.Find(BudgetWords, "change", "variance"), f = columns.Find(ForecastWords, "variance"), v = columns.Find(VarianceWords);
            if (b < 0 || f < 0 || v < 0) continue;
            var rows = new List<(int Row, CellValue B, CellValue F, CellValue V, decimal Tolerance)>();
            int forecastMinusBudget = 0, budgetMinusForecast = 0;
            for (int r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                var (bv, fv, vv) = (columns.Value(row, b), columns.Value(row, f), columns.Value(row, v));
                if (!bv.IsFigure || !fv.IsFigure || !vv.IsFigure) continue;
                var tolerance = Precision.HalfUnit(bv) * bv.Scale + Precision.HalfUnit(fv) * fv.Scale + Precision.HalfUnit(vv) * vv.Scale + 0.0000001m;
                bool a = Math.Abs(vv.Absolute - (fv.Absolute - bv.Absolute)) <= tolerance;
                bool c = Math.Abs(vv.Absolute - (bv.Absolute - fv.Absolute)) <= tolerance;
                if (a && !c) forecastMinusBudget++;
                if (c && !a) budgetMinusForecast++;
                rows.Add((r, bv, fv, vv, tolerance));
            }
            bool sign = forecastMinusBudget >= budgetMinusForecast;
            foreach (var (r, bv, fv, vv, tolerance) in rows)
            {
                var expected = sign ? fv.Absolute - bv.Absolute : bv.Absolute - fv.Absolute;
                if (Math.Abs(vv.Absolute - expected) <= tolerance) continue;
                var row = table.Rows[r];
                var label = RowRolesAccess.Label(row, columns.FirstFigure) ?? "row";
                var shown = Precision.Format(expected / vv.Scale, vv, row[v]);
                var how = sign ? $"forecast {row[f]} less budget {row[b]}" : $"budget {row[b]} less forecast {row[f]}";
                context.AddFinding(Kind, Severity.Error,
                    $"Variance for '{label}' is {row[v]} but {how} is {shown} {Precision.Cite(table.RowInfo[r].Source)}",
                    table.RowInfo[r].Source);
            }
        }
    }
}
