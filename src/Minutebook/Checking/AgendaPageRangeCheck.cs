using Minutebook.Extraction;
using Minutebook.Model;

namespace Minutebook.Checking;

/// <summary>Agenda page ranges that run backwards ("Pages 21 - 12"), or overlap or go back on the item before.</summary>
public sealed class AgendaPageRangeCheck : IStage
{
    public const string Kind = "agendaPageRange";

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
                else if (previous?.Pages is { } before && pages.From <= before.To)
                    context.AddFinding(Kind, Severity.Warning,
                        $"Agenda item {item.Number} '{item.Title}' starts on page {pages.From}, but item {previous.Number} runs to page {before.To} {Precision.Cite(item.Source)}",
                        item.Source);
                previous = item;
            }
        }
    }
}
