namespace Minutebook.Model;

/// <summary>An entry of a work programme, forward plan or timetable.</summary>
public sealed class ScheduleItem
{
    public required string Item { get; init; }
    public string? Lead { get; init; }
    /// <summary>When, as printed ("March 23", "12 Jan 2021", "TBC", "Quarterly").</summary>
    public string? Date { get; init; }
    /// <summary>The meeting the item is planned for, when the programme groups items by meeting.</summary>
    public string? Meeting { get; init; }
    public required SourceRef Source { get; init; }
}
