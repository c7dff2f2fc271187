namespace Minutebook.Store.Queries;

/// <summary>Where a fact is printed: the pack (its id and file), the line, the printed page and, for PDFs, the PDF page.</summary>
public sealed record Citation(long PackId, string File, int Line, int? Page, int? PdfPage);

public sealed record PackSummary(long Id, string File, string Path, string Sha256, string Format, string IngestedAt, int Lines, int? Pages);

/// <summary>A line of a stored pack, for source views.</summary>
public sealed record PackLine(int Number, string Text, int? Page, int? PdfPage);

public sealed record BodySummary(long Id, string Name, string? Authority, int Meetings, IReadOnlyList<string> NamesPrinted);

/// <summary>A pack that contributes to a meeting: the one that summoned it ("agenda") or one that prints its minutes ("minutes").</summary>
public sealed record MeetingPack(long PackId, string File, string Role);

public sealed record MeetingSummary(
    long Id, long? BodyId, string? Body, string? Authority, DateOnly? Date, TimeOnly? Start, TimeOnly? End, string? Venue,
    bool HasAgenda, bool HasMinutes, int AgendaItems, int MinuteItems, int Actions, IReadOnlyList<MeetingPack> Packs);

public sealed record AgendaItemRow(long Id, string Number, string Title, string? Description, int? PageFrom, int? PageTo, Citation Source);

public sealed record AttendanceRow(long? PersonId, string Name, string Status, string? Role, string? Organisation, string? SubstituteFor, Citation Source);

public sealed record DeclarationRow(long? PersonId, string? Name, string? Item, string? Interest, Citation Source);

public sealed record ResolutionRow(string? Number, string Text, Citation Source);

public sealed record MinuteItemRow(long Id, string Number, string Title, IReadOnlyList<ResolutionRow> Resolutions, Citation Source);

public sealed record ReportRow(long Id, string Title, string? AgendaItem, string? Author, string? Summary, IReadOnlyList<string> Recommendations, Citation Source);

public sealed record FindingRow(string Kind, string Severity, string Message, Citation? Source);

/// <summary>The later agenda item or report that answered an action.</summary>
public sealed record ActionClosure(string Kind, long Id, long MeetingId, DateOnly? Date, string Title);

public static class ActionStatus
{
    public const string Open = "open";
    public const string Overdue = "overdue";
    public const string Closed = "closed";
}

public sealed record ActionRow(
    long Id, long MeetingId, DateOnly? MeetingDate, long? BodyId, string? Body, string? Authority, string Text, string? Subject,
    string? Owner, string? DueText, DateOnly? Due, string Status, ActionClosure? ClosedBy, Citation Source);

/// <summary>Everything stored about one meeting, from every pack that contributes to it.</summary>
public sealed record MeetingDetail(
    MeetingSummary Meeting, string? Webcast,
    IReadOnlyList<AgendaItemRow> AgendaItems, IReadOnlyList<AttendanceRow> Attendance, IReadOnlyList<DeclarationRow> Declarations,
    IReadOnlyList<MinuteItemRow> MinuteItems, IReadOnlyList<ActionRow> Actions, IReadOnlyList<ReportRow> Reports);

public sealed record PersonMeeting(long MeetingId, DateOnly? Date, string? Body, string Status, string NamePrinted, string? Role, Citation Source);

/// <summary>A person across meetings: every name they are printed under, and their attendance record.</summary>
public sealed record PersonRecord(
    long Id, string Name, string? Authority, IReadOnlyList<string> NamesPrinted,
    int Present, int Apologies, int Absent, int InAttendance, IReadOnlyList<PersonMeeting> Meetings);

public sealed record SeriesRow(string Kind, string Name, string? Period, double? Value, string? Unit, string? Text,
    long? MeetingId, DateOnly? MeetingDate, string? Body, Citation? Source);

public sealed record SearchHit(string Kind, string Title, string Snippet, double Score, long? MeetingId, DateOnly? Date,
    string? Body, string? Authority, Citation Source);

public sealed class MeetingQuery
{
    /// <summary>Part of the body's name, any of the names it is printed under.</summary>
    public string? Body { get; init; }
    public string? Authority { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int Limit { get; init; } = 10_000;
    /// <summary>Meetings to skip first, in the list's order (newest first): a page of the list with <see cref="Limit"/>.</summary>
    public int Offset { get; init; }
}

public enum ActionFilter
{
    All,
    Open,
    Overdue,
    Closed,
}

public sealed class ActionQuery
{
    /// <summary><see cref="ActionFilter.Open"/> includes overdue actions (they are open too).</summary>
    public ActionFilter Status { get; init; } = ActionFilter.All;
    public string? Body { get; init; }
    public string? Authority { get; init; }
    public long? MeetingId { get; init; }
    /// <summary>The day against which "overdue" is judged; today by default.</summary>
    public DateOnly? AsOf { get; init; }
    public int Limit { get; init; } = 10_000;
}

public sealed class SearchQuery
{
    /// <summary>Words, "quoted phrases", OR, and -excluded words (web-search style).</summary>
    public required string Text { get; init; }
    public string? Authority { get; init; }
    public string? Body { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Any of agendaItem, resolution, report, text (<see cref="Ingest.SearchKinds"/>); all when empty.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];
    public int Limit { get; init; } = 20;
}
