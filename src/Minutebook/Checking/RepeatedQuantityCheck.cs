using Minutebook.Extraction;
using Minutebook.Model;
using Minutebook.Recognising.Tables;

namespace Minutebook.Checking;

/// <summary>
/// The same quantity stated differently in two places of one pack: a budget line of the same name, pool and
/// period printed in two tables with amounts further apart than their rounding allows (58.44 and £58.4m agree;
/// 58.44 and £57.4m do not), or an indicator's value for the same period printed twice with two values.
/// </summary>
public sealed class RepeatedQuantityCheck : IStage
{
    public const string Kind = "repeatedQuantityDiffers";

    /// <summary>"Total" means a different sum in every table: never compared across tables.</summary>
    private static bool IsTotal(string label) => label.ContainsIgnoreCase("total");

    /// <summary>"pool|line|period", the pool and line normalised (<see cref="TableBuilder.Normalise(string)"/>), made as one string.</summary>
    private static string BudgetKey(string pool, string line, string period)
    {
        int length = pool.Length + line.Length + period.Length + 2;
        char[]? rented = length <= 256 ? null : System.Buffers.ArrayPool<char>.Shared.Rent(length);
        Span<char> key = rented is null ? stackalloc char[length] : rented;
        int n = TableBuilder.Normalise(pool, key);
        key[n++] = '|';
        n += TableBuilder.Normalise(line, key[n..]);
        key[n++] = '|';
        period.CopyTo(key[n..]);
        var result = new string(key[..(n + period.Length)]);
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    public void Run(ExtractionContext context)
    {
        // a row may give several figures for one year (original, at Q2, revised): the last is the current one
        var current = new Dictionary<(int Line, string Key), BudgetLine>(context.Record.BudgetLines.Count);
        foreach (var line in context.Record.BudgetLines)
        {
            if (line.Budget is null || line.Period is null || IsTotal(line.Line)) continue;
            current[(line.Source.Line, BudgetKey(line.Pool ?? "", line.Line, line.Period))] = line;
        }
        var seen = new Dictionary<string, BudgetLine>(current.Count);
        foreach (var ((_, key), line) in current)
        {
            if (!seen.TryGetValue(key, out var first)) { seen[key] = line; continue; }
            var tolerance = first.BudgetRounding + line.BudgetRounding + 0.0000001m;
            if (Math.Abs(first.Budget!.Value - line.Budget!.Value) <= tolerance) continue;
            context.AddFinding(Kind, Severity.Warning,
                $"'{line.Line}' for {line.Period} is {first.BudgetPrinted} {Precision.Cite(first.Source)} but {line.BudgetPrinted} {Precision.Cite(line.Source)}",
                line.Source);
        }

        var values = new Dictionary<string, (Indicator Indicator, PeriodValue Value)>();
        foreach (var indicator in context.Record.Indicators)
            foreach (var v in indicator.Values)
            {
                if (v.Period.Length == 0) continue;
                var key = $"{TableBuilder.Normalise(indicator.Name)}|{v.Period}";
                if (!values.TryGetValue(key, out var first)) { values[key] = (indicator, v); continue; }
                if (first.Indicator.Source.Line == indicator.Source.Line || first.Value.Value == v.Value) continue;
                context.AddFinding(Kind, Severity.Warning,
                    $"'{indicator.Name}' for {v.Period} is {first.Value.Value:#,0.##} {Precision.Cite(first.Indicator.Source)} but {v.Value:#,0.##} {Precision.Cite(indicator.Source)}",
                    indicator.Source);
            }
    }
}
