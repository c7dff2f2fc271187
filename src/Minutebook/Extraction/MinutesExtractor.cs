namespace Minutebook.Extraction;

public sealed class MinutesExtractor : IStage
{
    public void Run(ExtractionContext context)
    {
    }
}
