using Minutebook.Extraction;
using Minutebook.Model;

namespace Minutebook.Checking;

/// <summary>
/// A year-to-date count against the sum of its periods (quarters or months). Only flows are checked: a
/// year-to-date figure no larger than its largest period is a snapshot (people in treatment), not a sum; rates are
/// never summed. More than the sum is an error; less (but within the smallest period of it) is a warning.
/// </summary>
public sealed class YearToDateCheck : IStage
{
    public const string Kind = "yearToDateMismatch";

    public void Run(ExtractionContext context)
    {
        foreach (var indicator in context.Record.Indicators)
        {
            if (indicator.Unit is "%" || indicator.Values.Count < 3) continue;
            var ytd = indicator.Values.FirstOrDefault(v => v.Period.ContainsIgnoreCase("YTD"));
            if (ytd is null) continue;
            var parts = indicator.Values.Where(v => v != ytd && IsPart(v.Period)).ToList();
            if (parts.Count < 2) continue;
            decimal sum = parts.Sum(p => p.Value), max = parts.Max(p => p.Value);
            if (ytd.Value == sum || ytd.Value <= max) continue;
            // below the sum by more than the smallest period: a count of distinct people or a stock, not a slip
            if (ytd.Value < sum && ytd.Value <= sum - parts.Min(p => p.Value)) continue;
            if (decimal.Truncate(sum) != sum || decimal.Truncate(ytd.Value) != ytd.Value) continue; // rounded figures: not counts
            var list = string.Join(" + ", parts.Select(p => $"{p.Value:#,0.##} ({p.Period})"));
            bool over = ytd.Value > sum;
            context.AddFinding(Kind, over ? Severity.Error : Severity.Warning,
                $"Year to date for '{indicator.Name}' is {ytd.Value:#,0.##} but its periods sum to {sum:#,0.##}: {list}"
                + $" {Precision.Cite(indicator.Source)}",
                indicator.Source);
        }
    }

    private static bool IsPart(string period) =>
        period.Contains('Q') || period.Contains("Month", StringComparison.Ordinal) || period.Length == 6 && period[3] == '-';
}
