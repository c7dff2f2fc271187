namespace Minutebook.Extraction;

public sealed class ActionExtractor : IStage
{
    public void Run(ExtractionContext context)
    {
    }
}
