namespace Minutebook.Reading;

/// <summary>A source read into lines with provenance: the input of every later stage.</summary>
public sealed class SourcePack
{
    public SourcePack(string file, string sha256, string format, IReadOnlyList<SourceLine> lines)
    {
        File = file;
        Sha256 = sha256;
        Format = format;
        Lines = lines;
    }

    public string File { get; }
    public string Sha256 { get; }
    /// <summary>"text" or "pdf".</summary>
    public string Format { get; }
    public IReadOnlyList<SourceLine> Lines { get; }
    /// <summary>Set by readers that know the page count (PDF).</summary>
    public int? PageCount { get; init; }
}
