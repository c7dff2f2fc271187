namespace Minutebook.Extraction;

public sealed class ReportExtractor : IStage
{
    public void Run(ExtractionContext context)
    {
    }
}
