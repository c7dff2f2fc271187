namespace Minutebook.Model;

public static class MeetingRole
{
    /// <summary>The meeting the pack summons (its agenda front sheet).</summary>
    public const string Agenda = "agenda";
    /// <summary>A meeting whose minutes the pack prints.</summary>
    public const string Minutes = "minutes";
}

public sealed class Meeting
{
    public required string Role { get; init; }
    public string? Authority { get; set; }
    public string? Body { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    public string? Venue { get; set; }
    public string? Webcast { get; set; }
    public List<AgendaItem> AgendaItems { get; } = [];
    public List<Attendance> Attendance { get; } = [];
    public List<Declaration> Declarations { get; } = [];
    public List<MinuteItem> MinuteItems { get; } = [];
    public List<MeetingAction> Actions { get; } = [];
    public SourceRef? Source { get; set; }
}

public sealed record PageRange(int From, int To);

public sealed class AgendaItem
{
    public required string Number { get; init; }
    public required string Title { get; set; }
    public PageRange? Pages { get; set; }
    public string? Description { get; set; }
    public required SourceRef Source { get; init; }
}

public static class AttendanceStatus
{
    public const string Present = "present";
    public const string Apologies = "apologies";
    public const string Absent = "absent";
    public const string InAttendance = "inAttendance";
}

public sealed class Attendance
{
    public required string Name { get; init; }
    public required string Status { get; set; }
    public string? Role { get; set; }
    public string? Organisation { get; set; }
    public string? SubstituteFor { get; set; }
    public required SourceRef Source { get; init; }
}

public sealed class Declaration
{
    /// <summary>Null when the minutes record that no declarations were made.</summary>
    public string? Name { get; init; }
    public string? Item { get; init; }
    public string? Interest { get; init; }
    public required SourceRef Source { get; init; }
}

public sealed class MinuteItem
{
    public required string Number { get; init; }
    public required string Title { get; set; }
    /// <summary>The agenda item the minute answers to, when printed ("(Item 3)").</summary>
    public string? AgendaItem { get; set; }
    public List<Resolution> Resolutions { get; } = [];
    public required SourceRef Source { get; init; }
}

public sealed class Resolution
{
    /// <summary>The part's number or letter as printed ("1", "a", "2021/003"), null for a single unnumbered resolution.</summary>
    public string? Number { get; init; }
    public required string Text { get; set; }
    /// <summary>The resolution's reference as printed with "RESOLVED" ("2021/003"), shared by all its parts.</summary>
    public string? Reference { get; set; }
    /// <summary>Who resolved, when not the meeting as a whole ("Joint Strategic Commissioning Board Sub-Committee").</summary>
    public string? ResolvedBy { get; set; }
    /// <summary>The words before numbered parts ("The Committee:", "that Cabinet agree to:"), when printed.</summary>
    public string? Preamble { get; set; }
    public required SourceRef Source { get; init; }
}

public sealed class MeetingAction
{
    public required string Text { get; init; }
    public string? Owner { get; init; }
    public string? Due { get; init; }
    public string? MinuteItem { get; init; }
    public required SourceRef Source { get; init; }
}
