namespace Minutebook.Model;

/// <summary>Everything Minutebook extracted from one source file: the public JSON contract (see docs/output-format.md).</summary>
public sealed class PackRecord
{
    public required SourceInfo Source { get; init; }
    public List<Meeting> Meetings { get; } = [];
    public List<Report> Reports { get; } = [];
    public List<Finding> Findings { get; } = [];
    public List<Table> Tables { get; } = [];
    public List<Indicator> Indicators { get; } = [];
    public List<BudgetLine> BudgetLines { get; } = [];
    public List<ScheduleItem> ScheduleItems { get; } = [];
}

public sealed record SourceInfo(string File, string Sha256, string Format);
