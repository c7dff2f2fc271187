using System.Text.Json.Serialization;

namespace Minutebook.Model;

/// <summary>A line of a budget table. Amounts are in pounds (a "£m" column's 1.7 is 1700000).</summary>
public sealed class BudgetLine
{
    /// <summary>The pool or budget area the line belongs to, when the table names one.</summary>
    public string? Pool { get; init; }
    public required string Line { get; init; }
    public decimal? Budget { get; init; }
    public decimal? Forecast { get; init; }
    public decimal? Variance { get; init; }
    /// <summary>The period the figures are for ("2022/23"), when the column or table says.</summary>
    public string? Period { get; init; }
    public required SourceRef Source { get; init; }

    /// <summary>How far rounding may have moved the printed budget figure, in pounds (not part of the JSON contract).</summary>
    [JsonIgnore]
    public decimal BudgetRounding { get; init; }

    /// <summary>The budget figure as printed ("£58.4m"), for messages (not part of the JSON contract).</summary>
    [JsonIgnore]
    public string? BudgetPrinted { get; init; }
}
