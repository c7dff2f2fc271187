namespace Minutebook.Extraction;

public sealed class FrontSheetExtractor : IStage
{
    public void Run(ExtractionContext context)
    {
    }
}
