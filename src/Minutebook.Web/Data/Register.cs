using Minutebook.Model;

namespace Minutebook.Web.Data;

/// <summary>One source file in the register: its lines, kept so every fact can be shown in its place.</summary>
public sealed record PackEntry(string Id, string File, string Format, string Sha256, IReadOnlyList<PackLine> Lines, DateTimeOffset Added)
{
    /// <summary>Line ranges (1-based, inclusive) that belong to exempt or confidential items.</summary>
    public IReadOnlyList<(int From, int To)> ExemptLines { get; init; } = [];
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    private readonly int? _lineCount;
    /// <summary>Lines in the pack (a summary may carry no <see cref="Lines"/>).</summary>
    public int LineCount { get => _lineCount ?? Lines.Count; init => _lineCount = value; }

    public bool IsExempt(int line)
    {
        foreach (var (from, to) in ExemptLines)
            if (line >= from && line <= to) return true;
        return false;
    }
}

public sealed record PackLine(int Number, string Text, int? Page, bool Content);

/// <summary>One part of a meeting as a pack tells it: the agenda that summoned it, or the minutes that record it.</summary>
public sealed record MeetingPart(string PackId, Meeting Meeting, IReadOnlyList<Report> Reports, IReadOnlyList<Finding> Findings);

/// <summary>A meeting of a body, with every pack that speaks of it.</summary>
public sealed class MeetingEntry
{
    public required string Id { get; init; }
    public string? Authority { get; set; }
    public string? Body { get; set; }
    public DateOnly? Date { get; set; }
    public TimeOnly? Start { get; set; }
    public string? Venue { get; set; }
    public List<MeetingPart> Parts { get; } = [];
    public DateTimeOffset Added { get; set; }

    public string Title => $"{Body ?? "Meeting"}{(Date is { } d ? ", " + Html.Format.Date(d) : "")}";
    public MeetingPart? Agenda => Parts.FirstOrDefault(p => p.Meeting.Role == MeetingRole.Agenda);
    public MeetingPart? Minutes => Parts.FirstOrDefault(p => p.Meeting.Role == MeetingRole.Minutes);
    public IEnumerable<Report> Reports => Parts.SelectMany(p => p.Reports);
}

public static class ActionStatus
{
    public const string Open = "open";
    public const string Done = "done";
}

public sealed record ActionEntry(string Id, MeetingEntry Meeting, string PackId, MeetingAction Action, DateOnly? DueDate)
{
    public string Status { get; set; } = ActionStatus.Open;
    public string? Note { get; set; }
    public MeetingEntry? ClosedBy { get; set; }
    public bool IsOverdue(DateOnly today) => Status == ActionStatus.Open && DueDate is { } d && d < today;
    public string StateName(DateOnly today) => IsOverdue(today) ? "overdue" : Status;
}

public sealed record DecisionEntry(MeetingEntry Meeting, string PackId, MinuteItem Item, Resolution Resolution, bool Exempt);

/// <summary>A person on the people page: the key of their page, the name shown, and how many meetings record them.</summary>
public sealed record PersonSummary(string Key, string Name, int Present, int Meetings);

public sealed record AttendanceEntry(MeetingEntry Meeting, string PackId, Attendance Attendance);

public sealed record FindingEntry(MeetingEntry? Meeting, PackEntry Pack, Finding Finding);

/// <summary>A line (or passage) that matches a search, with the spans to mark.</summary>
public sealed record SearchHit(string PackId, string File, int Line, int? Page, string Text, MeetingEntry? Meeting, IReadOnlyList<(int Start, int Length)> Marks, double Score, DateTimeOffset Added)
{
    /// <summary>What kind of record matched (store search: agendaItem, resolution, report, text).</summary>
    public string? Kind { get; init; }
}

/// <summary>A page of a list: its rows, and how many rows the whole list has.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Rows, int Total);

public sealed record DecisionFilter(string? Authority = null, string? Body = null, DateOnly? From = null, DateOnly? To = null, string? Words = null);

/// <summary>A point of an indicator or budget line's series.</summary>
public sealed record SeriesPoint(string Label, DateOnly? Date, double Value, MeetingEntry? Meeting, string? PackId, int? Line);

public sealed record Series(string Id, string Name, string? Unit, double? Target, IReadOnlyList<SeriesPoint> Points)
{
    /// <summary>Budget lines: the budgeted figure each point is compared with (variance = actual − budget).</summary>
    public IReadOnlyList<double?>? Budget { get; init; }
}

/// <summary>What the web pages ask of the register. <see cref="MemoryRegister"/> answers from packs held in memory.</summary>
public interface IRegister
{
    IReadOnlyList<MeetingEntry> Meetings { get; }
    /// <summary>
    /// Meetings newest first whose body's name contains <paramref name="body"/> (all when null): <paramref name="limit"/>
    /// of them after the first <paramref name="offset"/>, and how many match in all.
    /// </summary>
    ListPage<MeetingEntry> MeetingsPage(string? body, int offset, int limit)
    {
        var matching = body is null ? Meetings : Meetings.Where(m => m.Body?.Contains(body, StringComparison.OrdinalIgnoreCase) ?? false).ToList();
        return new(matching.Skip(offset).Take(limit).ToList(), matching.Count);
    }
    MeetingEntry? Meeting(string id);
    PackEntry? Pack(string id);
    /// <summary>A pack's summary (file, format, line count) without reading its lines: for links and captions.</summary>
    PackEntry? PackSummary(string id) => Pack(id);
    /// <summary>The actions set at a meeting.</summary>
    IReadOnlyList<ActionEntry> ActionsSetAt(string meetingId) => Actions.Where(a => a.Meeting.Id == meetingId).ToList();
    IReadOnlyList<PackEntry> Packs { get; }
    IReadOnlyList<ActionEntry> Actions { get; }
    ActionEntry? Action(string id);
    IReadOnlyList<DecisionEntry> Decisions(DecisionFilter filter);
    /// <summary>At most this many decisions (the newest) come back from <see cref="Decisions"/>.</summary>
    int DecisionsLimit => int.MaxValue;
    IReadOnlyList<AttendanceEntry> Attendance(string person);
    IReadOnlyList<string> People { get; }
    /// <summary>Everyone in <see cref="People"/> with the name the papers print first and their attendance counts.</summary>
    IReadOnlyList<PersonSummary> PeopleSummary => People.Select(key =>
    {
        var rec = Attendance(key);
        return new PersonSummary(key, rec.Count > 0 ? rec[0].Attendance.Name : key, rec.Count(r => r.Attendance.Status == AttendanceStatus.Present), rec.Count);
    }).ToList();
    IReadOnlyList<FindingEntry> Findings { get; }
    IReadOnlyList<SearchHit> Search(string query, bool includeExempt, int limit = 50);
    IReadOnlyList<Series> Indicators { get; }
    IReadOnlyList<Series> BudgetLines { get; }
    /// <summary>Adds a pack (and its meetings); returns the meetings it speaks of.</summary>
    IReadOnlyList<MeetingEntry> Add(Reading.SourcePack pack, PackRecord record);
    /// <summary>Raised after the register's actions were (re)loaded, so officers' action states can be applied again.</summary>
    event Action? Reloaded;
}
