using Minutebook.Extraction;
using Minutebook.Model;

namespace Minutebook.Checking;

/// <summary>Agenda page ranges that run backwards ("Pages 21 - 12"), or overlap or go back on the item before (a sub-item inside its parent's range is fine).</summary>
public sealed class AgendaPageRangeCheck : IStage
{
    public const string Kind = "agendaPageRange";

    /// <summary>A sub-item inside its parent's range: "6 (13 - 18)" then "6(a) (13 - 16)".</summary>
    internal static bool Nested(Meeting meeting, AgendaItem item, PageRange pages)
    {
        foreach (var other in meeting.AgendaItems)
        {
            if (other == item) break;
            if (other.Pages is { } p && p.From <= pages.From && pages.To <= p.To) return true;
        }
        return false;
    }

    public void Run(ExtractionContext context)
    {
        foreach (var meeting in context.Record.Meetings)
        {
            AgendaItem? previous = null;
            foreach (var item in meeting.AgendaItems)
            {
                if (item.Pages is not { } pages) continue;
                if (pages.To < pages.From)
                    context.AddFinding(Kind, Severity.Warning,
                        $"Agenda item {item.Number} '{item.Title}' has pages {pages.From} - {pages.To}, which run backwards {Precision.Cite(item.Source)}",
                        item.Source);
                else if (previous?.Pages is { } before && pages.From <= before.To && !Nested(meeting, item, pages))
                    context.AddFinding(Kind, Severity.Warning,
                        $"Agenda item {item.Number} '{item.Title}' starts on page {pages.From}, but item {previous.Number} runs to page {before.To} {Precision.Cite(item.Source)}",
                        item.Source);
                previous = item;
            }
        }
    }
}
