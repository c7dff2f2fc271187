using Minutebook.Extraction;
using Minutebook.Model;

namespace Minutebook.Checking;

/// <summary>
/// An agenda item that points at pages of the pack but has no report or document there. Only items with a
/// page range are checked (apologies, declarations and urgent business print nothing), and only when the pack
/// was segmented into documents linked to agenda items at all.
/// </summary>
public sealed class AgendaItemWithoutReportCheck : IStage
{
    public const string Kind = "agendaItemWithoutReport";

    public void Run(ExtractionContext context)
    {
        var linked = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var doc in context.Documents) if (doc.AgendaItem is { } n) linked.Add(Key(n));
        foreach (var report in context.Record.Reports) if (report.AgendaItem is { } n) linked.Add(Key(n));
        if (linked.Count == 0) return;
        var firstPage = context.Lines.FirstOrDefault(l => l.Page is not null)?.Page;
        var lastPage = context.Lines.LastOrDefault(l => l.Page is not null)?.Page;
        foreach (var meeting in context.Record.Meetings)
        {
            if (meeting.Role != MeetingRole.Agenda) continue;
            foreach (var item in meeting.AgendaItems)
            {
                if (item.Pages is not { } pages || linked.Contains(Key(item.Number))) continue;
                // a parent item whose sub-items carry the reports: "6" over "6(a)", "6(b)"
                if (meeting.AgendaItems.Any(o => o != item && o.Pages is { } p && pages.From <= p.From && p.To <= pages.To)) continue;
                // pages the pack does not contain (a supplement) cannot be looked for
                if (firstPage is null || lastPage is null || pages.From < firstPage || pages.To > lastPage) continue;
                context.AddFinding(Kind, Severity.Warning,
                    $"Agenda item {item.Number} '{item.Title}' points to pages {pages.From} - {pages.To}, but no report or document for it was found in the pack {Precision.Cite(item.Source)}",
                    item.Source);
            }
        }
    }

    private static string Key(string number) => number.Trim().TrimEnd('.', ')').ToLowerInvariant();
}
