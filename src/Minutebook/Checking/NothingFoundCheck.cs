using Minutebook.Extraction;
using Minutebook.Model;

namespace Minutebook.Checking;

/// <summary>Says so when a source yields neither a meeting nor a report.</summary>
public sealed class NothingFoundCheck : IStage
{
    public const string Kind = "nothingFound";

    public void Run(ExtractionContext context)
    {
        if (context.Record.Meetings.Count == 0 && context.Record.Reports.Count == 0)
            context.AddFinding(Kind, Severity.Error, "no meeting or report was found in this file", null);
    }
}
