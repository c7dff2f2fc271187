using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Util;

namespace Minutebook.Reading.Pdf;

/// <summary>
/// A glyph drawn on a PDF page with what the layout rules read from it (PDF units, y grows upwards): the text, the
/// start and end of its baseline, its size in points, its font, and whether it runs left to right.
/// </summary>
internal readonly record struct PdfGlyph(string Value, PdfPoint Start, PdfPoint End, double PointSize, double BoxHeight, string? FontName, bool Horizontal);

/// <summary>
/// The text of one PDF page: its glyphs in content order, and the page height. The glyph list is a buffer of the
/// reading thread, reused for its next page: read the glyphs before reading another page.
/// </summary>
internal sealed record PdfTextPage(int Number, double Height, List<PdfGlyph> Glyphs);

/// <summary>
/// Reads only the text of a page. PdfPig's own page (<see cref="Page"/>) also keeps every path, image and
/// marked-content element and builds a full <see cref="Letter"/> (three transformed boxes, colours) per glyph;
/// Minutebook needs none of that, so this factory runs PdfPig's content-stream interpreter (fonts, text state,
/// matrices, form XObjects) with a processor that records a small <see cref="PdfGlyph"/> per glyph and nothing else.
/// Register it with <c>document.AddPageFactory&lt;PdfTextPage, PdfTextPageFactory&gt;()</c>.
/// </summary>
internal sealed class PdfTextPageFactory : BasePageFactory<PdfTextPage>
{
    /// <summary>Called by PdfPig, which hands in its general content parser; text needs only the text operations (<see cref="PdfTextContentParser"/>).</summary>
    public PdfTextPageFactory(IPdfTokenScanner pdfScanner, IResourceStore resourceStore, ILookupFilterProvider filterProvider,
        IPageContentParser pageContentParser, ParsingOptions parsingOptions)
        : base(pdfScanner, resourceStore, filterProvider, PdfTextContentParser.Instance, parsingOptions)
    {
        _ = pageContentParser;
    }

    protected override PdfTextPage ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations,
        MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation,
        TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var glyphs = operations.Count == 0
            ? new List<PdfGlyph>()
            : new TextOnlyProcessor(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions)
                .Process(pageNumber, operations);
        return new PdfTextPage(pageNumber, mediaBox.Bounds.Height, glyphs);
    }
}

/// <summary>PdfPig's content-stream interpreter with every drawing operation but text a no-op.</summary>
internal sealed class TextOnlyProcessor(
    int pageNumber,
    IResourceStore resourceStore,
    IPdfTokenScanner pdfScanner,
    IPageContentParser pageContentParser,
    ILookupFilterProvider filterProvider,
    CropBox cropBox,
    UserSpaceUnit userSpaceUnit,
    PageRotationDegrees rotation,
    TransformationMatrix initialMatrix,
    ParsingOptions parsingOptions)
    : BaseStreamProcessor<List<PdfGlyph>>(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, parsingOptions)
{
    /// <summary>
    /// The glyphs of the page being read: one buffer per thread, reused page after page, so a page of many
    /// thousand glyphs neither regrows a list nor lands on the large object heap (which costs full collections).
    /// </summary>
    [ThreadStatic] private static List<PdfGlyph>? t_glyphs;
    /// <summary>Larger buffers are not kept for the next page.</summary>
    private const int KeptCapacity = 1 << 16;

    private List<PdfGlyph> _glyphs = null!;
    private int _lastSequence = -1;

    public override List<PdfGlyph> Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        _glyphs = t_glyphs ??= new List<PdfGlyph>(1024);
        if (_glyphs.Capacity > KeptCapacity) _glyphs = t_glyphs = new List<PdfGlyph>(1024);
        _glyphs.Clear();
        PageNumber = pageNumberCurrent;
        CloneAllStates();
        ProcessOperations(operations);
        return _glyphs;
    }

    public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code, string unicode, long currentOffset,
        in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix, CharacterBoundingBox characterBoundingBox)
    {
        // a combining accent drawn as its own glyph joins the letter before it (as PdfPig's letters do)
        if (currentOffset > 0 && _glyphs.Count > 0 && Diacritics.IsInCombiningDiacriticRange(unicode) && _lastSequence == TextSequence
            && Diacritics.TryCombineDiacriticWithPreviousLetter(unicode, _glyphs[^1].Value, out var combined))
        {
            _glyphs[^1] = _glyphs[^1] with { Value = combined };
            return;
        }
        // the advance box: its bottom edge is the baseline
        var advance = PerformantRectangleTransformer.Transform(renderingMatrix, textMatrix, transformationMatrix,
            new PdfRectangle(0, 0, characterBoundingBox.Width, UserSpaceUnit.PointMultiples));
        var start = advance.BottomLeft;
        var end = advance.BottomRight;
        bool horizontal;
        double boxHeight = 0;
        bool sameY = Math.Abs(start.Y - end.Y) < 10e-5, sameX = Math.Abs(start.X - end.X) < 10e-5;
        if (sameY && !sameX) horizontal = start.X < end.X;
        else if (sameX && !sameY) horizontal = false;
        else if (!sameX) horizontal = false;
        else
        {
            // no advance: the glyph box's rotation decides
            var box = GlyphBox(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox, advance);
            double r = box.Rotation;
            horizontal = Math.Abs(r % 90) < 10e-5 && (int)Math.Round(r, MidpointRounding.AwayFromZero) == 0;
        }
        if (horizontal && pointSize < 2)
            boxHeight = GlyphBox(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox, advance).Height;
        _glyphs.Add(new PdfGlyph(unicode, start, end, pointSize, boxHeight, font.Details?.Name, horizontal));
        _lastSequence = TextSequence;
    }

    /// <summary>The visible glyph box, or the advance box where the font gives none.</summary>
    private static PdfRectangle GlyphBox(in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix, in TransformationMatrix transformationMatrix,
        CharacterBoundingBox characterBoundingBox, PdfRectangle advance)
    {
        var box = PerformantRectangleTransformer.Transform(renderingMatrix, textMatrix, transformationMatrix, characterBoundingBox.GlyphBounds);
        return box.Width > double.Epsilon || box.Height > double.Epsilon ? box : advance;
    }

    // everything below draws or clips shapes and images: not text, so nothing to record

    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord) { }
    public override void BeginSubpath() { }
    public override PdfPoint? CloseSubpath() => null;
    public override void StrokePath(bool close) { }
    public override void FillPath(FillingRule fillingRule, bool close) { }
    public override void FillStrokePath(FillingRule fillingRule, bool close) { }
    public override void MoveTo(double x, double y) { }
    public override void BezierCurveTo(double x2, double y2, double x3, double y3) { }
    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3) { }
    public override void LineTo(double x, double y) { }
    public override void Rectangle(double x, double y, double width, double height) { }
    public override void EndPath() { }
    public override void ClosePath() { }
    public override void ModifyClippingIntersect(FillingRule clippingRule) { }
    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule) { }
    protected override void RenderInlineImage(InlineImage inlineImage) { }
    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties) { }
    public override void EndMarkedContent() { }
    public override void PaintShading(NameToken shadingName) { }
}
