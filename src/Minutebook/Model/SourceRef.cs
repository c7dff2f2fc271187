using System.Text.Json.Serialization;

namespace Minutebook.Model;

/// <summary>Where a fact came from: the 1-based line in the source and the page printed there (if known).</summary>
public sealed record SourceRef(int Line, int? Page)
{
    /// <summary>For PDF sources: the 1-based page index in the PDF file.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PdfPage { get; init; }
}
