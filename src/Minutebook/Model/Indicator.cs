namespace Minutebook.Model;

/// <summary>A target as printed: a comparator (null when none is printed) and a value.</summary>
public sealed record Target(string? Op, decimal Value);

public sealed record PeriodValue(string Period, decimal Value);

public static class IndicatorStatus
{
    public const string Met = "met";
    public const string NotMet = "not met";
}

/// <summary>A performance indicator: from an indicator table, or stated in prose ("94 against the target of 79").</summary>
public sealed class Indicator
{
    public required string Name { get; init; }
    /// <summary>"%", "£", or "count".</summary>
    public string? Unit { get; set; }
    public decimal? Baseline { get; set; }
    public Target? Target { get; set; }
    public List<PeriodValue> Values { get; init; } = [];
    public string? Status { get; set; }
    /// <summary>True when the paper gives no status and Minutebook derived it from the target.</summary>
    public bool StatusDerived { get; set; }
    public required SourceRef Source { get; init; }
}
