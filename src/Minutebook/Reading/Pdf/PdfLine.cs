namespace Minutebook.Reading.Pdf;

/// <summary>A word on a PDF page with the geometry the layout rules need (PDF units, y grows upwards).</summary>
internal readonly record struct PdfWord(string Text, double Left, double Right, double Baseline, double Top, double Size, bool Bold, int BoldLetters)
{
    /// <summary>Where the typed space after the word ends (= <see cref="Right"/> when none was typed).</summary>
    public double SpaceEnd { get; init; }
}

/// <summary>Words of one physical line that sit close together; a wide gap starts a new segment (a cell or a column).</summary>
internal sealed class PdfSegment
{
    public PdfSegment(PdfWord first) { Words.Add(first); Left = first.Left; Right = first.Right; }
    public List<PdfWord> Words { get; } = [];
    public double Left { get; set; }
    public double Right { get; set; }

    public void Add(PdfWord word) { Words.Add(word); Right = Math.Max(Right, word.Right); }

    public void Absorb(PdfSegment other)
    {
        Words.AddRange(other.Words);
        Right = Math.Max(Right, other.Right);
    }

    /// <summary>The words with a space between, except where they touch (a superscript "th", a split glyph run).</summary>
    public string Text
    {
        get
        {
            if (Words.Count == 1) return Words[0].Text;
            var sb = new System.Text.StringBuilder(Words.Count * 8);
            for (int i = 0; i < Words.Count; i++)
            {
                var w = Words[i];
                if (i > 0 && w.Left - Words[i - 1].Right > 0.12 * Math.Min(w.Size, Words[i - 1].Size)) sb.Append(' ');
                sb.Append(w.Text);
            }
            return sb.ToString();
        }
    }
}

/// <summary>One physical line of a PDF page: its segments left to right, with position, size and weight.</summary>
internal sealed class PdfLine
{
    public required int PdfPage { get; init; }
    public List<PdfSegment> Segments { get; } = [];
    public double Baseline { get; set; }
    public double Top { get; set; }
    public double Left => Segments[0].Left;
    public double Right => Segments[^1].Right;
    /// <summary>Dominant font size (the size of most letters).</summary>
    public double Size { get; set; }
    /// <summary>Most letters are in a bold face.</summary>
    public bool Bold { get; set; }
    /// <summary>Right edge of the text block the line sits in (the page's text margin or its column's).</summary>
    public double BlockRight { get; set; }
    /// <summary>The column (0 left, 1 right) on two-column pages; 0 otherwise.</summary>
    public int Column { get; set; }
    /// <summary>Set by table recognition: the cells of the row (segments mapped to the block's columns).</summary>
    public string[]? Cells { get; set; }
    public bool IsTableRow => Cells is not null;
    public bool Furniture { get; set; }
    public int? PrintedPage { get; set; }

    private string? _text;
    public string Text => _text ??= Segments.Count == 1 ? Segments[0].Text : string.Join(' ', Segments.Select(s => s.Text));
    public void ResetText() => _text = null;

    public override string ToString() => $"p{PdfPage} y{Baseline:F0} x{Left:F0}-{Right:F0} {(IsTableRow ? string.Join(" | ", Cells!) : Text)}";
}
