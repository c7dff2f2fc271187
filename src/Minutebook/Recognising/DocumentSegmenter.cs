using Minutebook.Extraction;

namespace Minutebook.Recognising;

/// <summary>Splits a pack into its documents: front sheet, minutes, reports, appendices, outside documents.</summary>
public sealed class DocumentSegmenter : IStage
{
    public void Run(ExtractionContext context)
    {
        // Skeleton: the whole pack as one document until the segmentation rules land.
        context.Documents.Add(new PackDocument { Kind = DocumentKind.Other, Start = 0, End = context.Lines.Count });
    }
}
