using Minutebook.Model;

namespace Minutebook.Store.Ingest;

/// <summary>
/// Whether a file read from a folder is a board paper worth storing, judged by what was extracted from it (never by
/// its name): a paper summons or minutes a meeting, is a report, or is an appendix stating figures (indicators,
/// budget lines, a schedule, a typed table). A README, notes or any other text with none of these — plain prose,
/// or a table of "other" text such as a list of files — is skipped, with the reason.
/// </summary>
public static class BoardPaper
{
    public const string NotAPaper = "not a board paper (no agenda, minutes, report or figures found)";

    /// <summary>Why the file is not stored, or null when it is a board paper.</summary>
    public static string? WhyNot(PackRecord record) =>
        record.Meetings.Count > 0 || record.Reports.Count > 0 || record.Indicators.Count > 0 || record.BudgetLines.Count > 0
        || record.ScheduleItems.Count > 0 || record.Tables.Any(t => t.Kind != TableKind.Other)
            ? null
            : NotAPaper;
}
