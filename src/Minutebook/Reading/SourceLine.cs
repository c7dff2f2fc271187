namespace Minutebook.Reading;

public enum LineKind
{
    Text,
    Blank,
    /// <summary>Page furniture: page numbers, running headers and footers, "intentionally left blank".</summary>
    Furniture,
}

/// <summary>One line of a source, cleaned for reading, with its provenance.</summary>
/// <remarks>
/// A pack holds one of these per line (over 10,000 in a large agenda pack), so the object is kept small: the kind is
/// stored in a byte and the PDF-only details in a separate object that text lines never allocate.
/// </remarks>
public sealed class SourceLine
{
    public SourceLine(int number, string text, string raw)
    {
        Number = number;
        Text = text;
        Raw = raw;
        Kind = text.Length == 0 || string.IsNullOrWhiteSpace(text) ? LineKind.Blank : LineKind.Text;
    }

    /// <summary>1-based line number in the source (for PDFs: running line number over the whole file).</summary>
    public int Number { get; }
    /// <summary>Cleaned text: markup removed, tabs kept as cell separators.</summary>
    public string Text { get; }
    /// <summary>The line as read from the source.</summary>
    public string Raw { get; }
    public LineKind Kind { get => (LineKind)_kind; set => _kind = (byte)value; }
    private byte _kind;
    /// <summary>The page number printed on the paper, when known or inferred.</summary>
    public int? Page { get; set; }
    /// <summary>PDF sources: 1-based page index in the file.</summary>
    public int? PdfPage
    {
        get => _pdf?.PdfPage;
        set { if (value is not null || _pdf is not null) (_pdf ??= new()).PdfPage = value; }
    }
    /// <summary>A hint that the line is bold (markdown emphasis around the whole line, or a bold PDF font).</summary>
    public bool Bold { get; set; }
    /// <summary>A hint that the line is a heading (markdown '#', or a large PDF font).</summary>
    public bool Heading { get; set; }
    /// <summary>PDF sources: dominant font size.</summary>
    public double? FontSize
    {
        get => _pdf?.FontSize;
        set { if (value is not null || _pdf is not null) (_pdf ??= new()).FontSize = value; }
    }

    /// <summary>The details only PDF lines carry (null for text lines).</summary>
    private PdfDetails? _pdf;
    private sealed class PdfDetails
    {
        public int? PdfPage;
        public double? FontSize;
    }

    public bool IsContent => Kind == LineKind.Text;
    public bool HasCells => Text.Contains('\t');

    private string[]? _cells;
    /// <summary>The tab-separated cells of the line, trimmed.</summary>
    public string[] Cells => _cells ??= Text.Split('\t', StringSplitOptions.TrimEntries);

    public Model.SourceRef Ref => new(Number, Page) { PdfPage = PdfPage };

    public override string ToString() => $"{Number}: {Text}";
}
