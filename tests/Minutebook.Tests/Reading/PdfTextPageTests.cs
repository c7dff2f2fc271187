using System.Text;
using Minutebook.Reading.Pdf;
using Minutebook.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;
using UglyToad.PdfPig.Graphics.Operations.TextPositioning;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Tokens;

namespace Minutebook.Tests.Reading;

/// <summary>
/// The text-only page reading (<see cref="PdfTextPageFactory"/> with <see cref="PdfTextContentParser"/>) must see
/// exactly the glyphs PdfPig's full page model sees, only cheaper.
/// </summary>
public class PdfTextPageTests
{
    private static IReadOnlyList<IGraphicsStateOperation> Parse(string content) =>
        PdfTextContentParser.Instance.Parse(1, new MemoryInputBytes(Encoding.Latin1.GetBytes(content)), null!);

    private static string Shown(IGraphicsStateOperation op) => Encoding.Latin1.GetString(((ShowText)op).Bytes.Span);

    [CorpusFact]
    public void Every_corpus_page_has_the_glyphs_of_PdfPigs_own_page_model()
    {
        var folder = Path.GetDirectoryName(Corpus.Pdf("Printed minutes 30th"))!;
        int compared = 0;
        foreach (var file in Directory.GetFiles(folder, "*.pdf"))
        {
            var bytes = File.ReadAllBytes(file);
            var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true };
            using var full = PdfDocument.Open(bytes, options);
            using var lean = PdfDocument.Open(bytes, options);
            lean.AddPageFactory<PdfTextPage, PdfTextPageFactory>();
            for (int p = 1; p <= full.NumberOfPages; p++)
            {
                var page = full.GetPage(p);
                var letters = page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal).ToList();
                var text = lean.GetPage<PdfTextPage>(p);
                Assert.Equal(page.Height, text.Height);
                var glyphs = text.Glyphs.Where(g => g.Horizontal).ToList();
                Assert.Equal(letters.Count, glyphs.Count);
                for (int i = 0; i < letters.Count; i++)
                {
                    var (l, g) = (letters[i], glyphs[i]);
                    Assert.Equal(l.Value, g.Value);
                    Assert.Equal(l.StartBaseLine.X, g.Start.X, 6);
                    Assert.Equal(l.StartBaseLine.Y, g.Start.Y, 6);
                    Assert.Equal(l.EndBaseLine.X, g.End.X, 6);
                    Assert.Equal(l.PointSize, g.PointSize, 6);
                    Assert.Equal(l.FontName, g.FontName);
                }
                compared += letters.Count;
            }
        }
        Assert.True(compared > 10_000, $"only {compared} glyphs compared");
    }

    [Fact]
    public void Text_operators_are_read_with_their_operands()
    {
        var ops = Parse("BT /F1 12 Tf 72 700.5 Td (Hello) Tj ET");
        Assert.Collection(ops,
            o => Assert.Same(BeginText.Value, o),
            o => { var f = Assert.IsType<SetFontAndSize>(o); Assert.Equal("F1", f.Font.Data); Assert.Equal(12, f.Size); },
            o => { var m = Assert.IsType<MoveToNextLineWithOffset>(o); Assert.Equal(72, m.Tx); Assert.Equal(700.5, m.Ty); },
            o => Assert.Equal("Hello", Shown(o)),
            o => Assert.Same(EndText.Value, o));
    }

    [Fact]
    public void Literal_strings_keep_their_bytes_after_escapes()
    {
        var ops = Parse(@"(a \(b\) \\ \101\60x\n) Tj (nested (parens) ok) Tj (line\" + "\ncontinued) Tj");
        Assert.Equal(["a (b) \\ A0x\n", "nested (parens) ok", "linecontinued"], ops.Select(Shown));
    }

    [Fact]
    public void Positioned_text_keeps_strings_hex_strings_and_adjustments_in_order()
    {
        var op = Assert.IsType<ShowTextsWithPositioning>(Assert.Single(Parse("[(A) -250 <00 4 2> 120.5 (C)] TJ")));
        Assert.Collection(op.Array,
            t => Assert.Equal("A", Encoding.Latin1.GetString(Assert.IsType<StringToken>(t).GetBytes())),
            t => Assert.Equal(-250, Assert.IsType<NumericToken>(t).Data),
            t => Assert.Equal(new byte[] { 0x00, 0x42 }, Assert.IsType<StringToken>(t).GetBytes()),
            t => Assert.Equal(120.5, Assert.IsType<NumericToken>(t).Data),
            t => Assert.Equal("C", Encoding.Latin1.GetString(Assert.IsType<StringToken>(t).GetBytes())));
    }

    [Fact]
    public void Paths_colours_and_marked_content_are_skipped_but_the_graphics_state_is_kept()
    {
        var ops = Parse("0 0 1 rg 10 10 100 50 re f q 1 0 0 1 5 5 cm /P <</MCID 3 /ActualText (a>>b)>> BDC (z) Tj EMC Q /GS1 gs /Fm0 Do");
        Assert.Collection(ops,
            o => Assert.Same(Push.Value, o),
            o => Assert.Equal(new double[] { 1, 0, 0, 1, 5, 5 }, Assert.IsType<ModifyCurrentTransformationMatrix>(o).Value),
            o => Assert.Equal("z", Shown(o)),
            o => Assert.Same(Pop.Value, o),
            o => Assert.IsType<SetGraphicsStateParametersFromDictionary>(o),
            o => Assert.Equal("Fm0", Assert.IsType<InvokeNamedXObject>(o).Name.Data));
    }

    [Fact]
    public void Inline_image_data_is_skipped_even_when_it_holds_operator_bytes()
    {
        var ops = Parse("BI /W 4 /H 1 /BPC 8 /CS /G ID \u0001EIx(Tj)\u00ff\n EI BT (after) Tj ET");
        Assert.Equal(3, ops.Count);
        Assert.Equal("after", Shown(ops[1]));
    }

    [Fact]
    public void Operators_without_their_operands_and_comments_are_dropped_quietly()
    {
        var ops = Parse("Td 12 Tf % a comment (not text) Tj\n(kept) Tj ] > garbage");
        Assert.Equal("kept", Shown(Assert.Single(ops)));
    }
}
