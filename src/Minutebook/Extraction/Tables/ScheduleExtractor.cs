using System.Text.RegularExpressions;
using Minutebook.Model;

namespace Minutebook.Extraction.Tables;

/// <summary>
/// Turns work programmes, forward plans and timetables into schedule items: the item (report title, decision),
/// its lead (lead officer, author, owner), when (date, timescale, frequency) and the meeting it is planned for
/// (a date heading row inside the table, or the meeting named in the table's title).
/// </summary>
public sealed partial class ScheduleExtractor : IStage
{
    private static readonly string[] ItemWords = ["item", "report title", "title", "subject", "topic", "decision", "report"];
    private static readonly string[] LeadWords = ["lead", "officer", "owner", "author", "responsible", "contact"];
    private static readonly string[] DateWords = ["date", "timescale", "when", "frequency", "deadline", "month", "timing"];
    private static readonly string[] MeetingWords = ["meeting", "committee date", "board date"];

    public void Run(ExtractionContext context)
    {
        foreach (var table in context.Record.Tables)
            if (table.Kind == TableKind.Schedule) Extract(table, context.Record.ScheduleItems);
    }

    private static void Extract(Table table, List<ScheduleItem> output)
    {
        int item = FirstOf(table, ItemWords, "date", "maker", "purpose", "summary");
        if (item < 0) item = 0;
        int lead = FirstOf(table, LeadWords, "date");
        int date = FirstOf(table, DateWords, "decisions to be");
        int meeting = FirstOf(table, MeetingWords);
        if (lead == item) lead = -1;
        if (date == item || date == lead) date = -1;
        string? titleMeeting = table.Title is { } t && AgendaMonth().Match(t) is { Success: true } m ? m.Groups[1].Value : null;

        string? groupMeeting = null;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var info = table.RowInfo[r];
            if (info.Role == RowRole.Group && Single(row) is { } heading && LooksLikeDate(heading))
            {
                groupMeeting = heading;
                continue;
            }
            var text = Cell(row, item);
            if (text is null) continue;
            output.Add(new ScheduleItem
            {
                Item = text,
                Lead = Cell(row, lead),
                Date = Cell(row, date),
                Meeting = Cell(row, meeting) ?? groupMeeting ?? titleMeeting,
                Source = info.Source,
            });
        }
    }

    private static int FirstOf(Table table, string[] words, params string[] except)
    {
        for (int k = 0; k < table.Columns.Count; k++)
            if (TableColumns.Contains(table.Columns[k], words) && !TableColumns.Contains(table.Columns[k], except)) return k;
        return -1;
    }

    private static string? Cell(List<string> row, int k) => k >= 0 && k < row.Count && row[k].Length > 0 ? row[k] : null;

    private static string? Single(List<string> row)
    {
        string? only = null;
        foreach (var c in row)
        {
            if (c.Length == 0) continue;
            if (only is not null) return null;
            only = c;
        }
        return only;
    }

    private static bool LooksLikeDate(string s) => s.Length <= 40 && DateHeading().IsMatch(s);

    [GeneratedRegex(@"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{2,4}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateHeading();

    [GeneratedRegex(@"\b(?:agenda|meeting)\b[^–-]*?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaMonth();
}
