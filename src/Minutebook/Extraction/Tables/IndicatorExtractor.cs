using Minutebook.Extraction.Values;
using Minutebook.Model;

namespace Minutebook.Extraction.Tables;

/// <summary>
/// Turns indicator tables into indicators: a name from the label cells (and the group or sub-heading above),
/// the target (with its comparator), baseline, one value per period column, and the status — as printed,
/// or derived from the target when the paper gives none (and then marked as derived).
/// </summary>
public sealed class IndicatorExtractor : IStage
{
    private static readonly string[] TargetWords = ["target", "plan", "ambition", "trajectory", "threshold", "standard", "goal"];
    private static readonly string[] BaselineWords = ["baseline"];
    private static readonly string[] StatusWords = ["status", "rag", "rating", "achieved"];
    private static readonly string[] ActualWords = ["actual", "outturn", "ytd", "year to date", "performance", "result", "position"];

    public void Run(ExtractionContext context)
    {
        foreach (var table in context.Record.Tables)
            if (table.Kind == TableKind.Indicator) Extract(table, context.Record.Indicators);
    }

    private static void Extract(Table table, List<Indicator> output)
    {
        var columns = TableColumns.For(table);
        if (columns.FirstFigure < 0) return;
        int baseline = columns.Find(BaselineWords);
        int target = columns.Find(TargetWords, "baseline");
        int status = columns.FindAny(StatusWords);
        if (status >= 0 && columns.Figures[status]) status = -1;
        var periods = new List<(int Column, string Period)>();
        for (int k = 0; k < table.Columns.Count; k++)
        {
            if (!columns.Figures[k] || k == baseline || k == target) continue;
            var h = table.Columns[k];
            var period = PeriodParser.Find(h);
            if (period is null && TableColumns.Contains(h, ActualWords)) period = h.Trim();
            if (period is not null) periods.Add((k, period));
        }
        if (periods.Count == 0) return;

        string? subgroup = null;
        string? group = null;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var info = table.RowInfo[r];
            if (info.Group != group) { group = info.Group; subgroup = null; }
            if (info.Role == RowRole.Group)
            {
                // a sub-heading inside the group: "Total number of filled appointments", "Quality Standard …"
                subgroup = LastLabel(row, columns.FirstFigure);
                if (subgroup == info.Group) subgroup = null;
                continue;
            }
            var values = new List<PeriodValue>();
            string? unit = null;
            foreach (var (column, period) in periods)
            {
                var v = columns.Value(row, column);
                if (!v.IsFigure) continue;
                values.Add(new PeriodValue(period, v.Number));
                unit ??= UnitOf(v);
            }
            if (values.Count == 0) continue;
            var name = columns.RowName(r, subgroup);
            if (name is null) continue;
            var indicator = new Indicator { Name = name, Unit = unit, Source = info.Source };
            indicator.Values.AddRange(values);
            if (baseline >= 0 && columns.Value(row, baseline) is { IsFigure: true } b) indicator.Baseline = b.Number;
            bool targetIsForWholeYear = false;
            if (target >= 0 && columns.Value(row, target) is { IsFigure: true } t)
            {
                indicator.Target = new Target(t.Op, t.Number);
                targetIsForWholeYear = table.Columns[target].ContainsIgnoreCase("annual");
            }
            if (status >= 0 && status < row.Count && row[status].Length > 0) indicator.Status = row[status];
            else DeriveStatus(indicator, targetIsForWholeYear);
            output.Add(indicator);
        }
    }

    /// <summary>
    /// Met or not met against the target, from the latest value. Not for a count against an annual plan part-way
    /// through the year (3,226 of 34,000 at Q2 is not a miss); rates and comparator targets are comparable any time.
    /// </summary>
    internal static void DeriveStatus(Indicator indicator, bool targetIsForWholeYear)
    {
        if (indicator.Target is not { } target || indicator.Values.Count == 0) return;
        bool rate = indicator.Unit == "%";
        if (targetIsForWholeYear && !rate && target.Op is null) return;
        var latest = indicator.Values[^1].Value;
        indicator.Status = Meets(latest, target) ? IndicatorStatus.Met : IndicatorStatus.NotMet;
        indicator.StatusDerived = true;
    }

    internal static bool Meets(decimal value, Target target) => target.Op switch
    {
        ">" => value > target.Value,
        "<" => value < target.Value,
        "<=" => value <= target.Value,
        "=" => value == target.Value,
        _ => value >= target.Value,
    };

    internal static string UnitOf(CellValue v) => v.Kind switch
    {
        ValueKind.Percent => "%",
        ValueKind.Money => v.Scale == 1_000_000m ? "£m" : v.Scale == 1_000m ? "£k" : "£",
        _ => "count",
    };

    private static string? LastLabel(List<string> row, int firstFigure)
    {
        int end = firstFigure > 0 ? firstFigure : row.Count;
        for (int k = Math.Min(end, row.Count) - 1; k >= 1; k--)
            if (row[k].Length > 0) return row[k];
        return null;
    }
}
