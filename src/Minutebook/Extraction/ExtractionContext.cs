using Minutebook.Model;
using Minutebook.Reading;
using Minutebook.Recognising;

namespace Minutebook.Extraction;

/// <summary>What the stages of the pipeline share while one pack is processed. No I/O happens past reading.</summary>
public sealed class ExtractionContext
{
    public ExtractionContext(SourcePack pack)
    {
        Pack = pack;
        Record = new PackRecord { Source = new SourceInfo(pack.File, pack.Sha256, pack.Format) };
    }

    public SourcePack Pack { get; }
    public IReadOnlyList<SourceLine> Lines => Pack.Lines;
    public List<PackDocument> Documents { get; } = [];
    public PackRecord Record { get; }

    public IEnumerable<PackDocument> DocumentsOf(DocumentKind kind) => Documents.Where(d => d.Kind == kind);

    /// <summary>The content lines (no blanks, no page furniture) of a document, in order.</summary>
    public IEnumerable<SourceLine> ContentOf(PackDocument doc)
    {
        for (int i = doc.Start; i < doc.End; i++)
            if (Lines[i].IsContent) yield return Lines[i];
    }

    public void AddFinding(string kind, string severity, string message, SourceRef? source) =>
        Record.Findings.Add(new Finding(kind, severity, message, source));
}

/// <summary>One step of the pipeline. Stages run in order; each reads what earlier ones produced.</summary>
public interface IStage
{
    void Run(ExtractionContext context);
}
