using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Minutebook.Tests.Support;

/// <summary>Small PDFs made in the tests (PdfPig's writer, Helvetica), in layouts other than the Kent corpus.</summary>
public static class TestPdf
{
    /// <summary>Writes text on A4 pages: each item is (page, x, y, text, size, bold).</summary>
    public static byte[] Make(int pages, params (int Page, double X, double Y, string Text, double Size, bool Bold)[] texts)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var pageBuilders = Enumerable.Range(0, pages).Select(_ => builder.AddPage(PageSize.A4)).ToList();
        foreach (var t in texts)
            pageBuilders[t.Page - 1].AddText(t.Text, t.Size, new PdfPoint(t.X, t.Y), t.Bold ? bold : regular);
        return builder.Build();
    }

    /// <summary>One item of <see cref="Make"/>, with the usual size (11) and weight (regular) unless given.</summary>
    public static (int, double, double, string, double, bool) Text(int page, double x, double y, string text, double size = 11, bool bold = false) =>
        (page, x, y, text, size, bold);
}
