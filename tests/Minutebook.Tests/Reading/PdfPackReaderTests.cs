using System.Text;
using Minutebook.Reading;
using Minutebook.Reading.Pdf;
using Minutebook.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Minutebook.Tests.Reading;

/// <summary>PDF reading on small PDFs made here, in layouts other than the Kent corpus.</summary>
public class PdfPackReaderTests
{
    private static byte[] MakePdf(int pages, params (int, double, double, string, double, bool)[] texts) => TestPdf.Make(pages, texts);

    private static (int, double, double, string, double, bool) T(int page, double x, double y, string text, double size = 11, bool bold = false) =>
        TestPdf.Text(page, x, y, text, size, bold);

    private static List<SourceLine> Content(SourcePack pack) => pack.Lines.Where(l => l.IsContent).ToList();

    [Fact]
    public void Lines_of_a_paragraph_join_and_a_gap_starts_the_next()
    {
        var pdf = MakePdf(1,
            T(1, 60, 760, "The board noted the update from the director and asked for a"),
            T(1, 60, 747, "fuller report at its next meeting, with figures for each"),
            T(1, 60, 734, "locality."),
            T(1, 60, 705, "A second paragraph follows after a gap."));
        var pack = PdfPackReader.Read("two-paragraphs.pdf", pdf);
        var lines = Content(pack);
        Assert.Equal("pdf", pack.Format);
        Assert.Equal(2, lines.Count);
        Assert.Equal("The board noted the update from the director and asked for a fuller report at its next meeting, with figures for each locality.", lines[0].Text);
        Assert.Equal("A second paragraph follows after a gap.", lines[1].Text);
        Assert.Equal(LineKind.Blank, pack.Lines[lines[1].Number - 2].Kind);
        Assert.All(lines, l => Assert.Equal(1, l.PdfPage));
    }

    [Fact]
    public void A_word_hyphenated_at_the_line_end_is_joined()
    {
        var pdf = MakePdf(1,
            T(1, 60, 760, "Members welcomed the proposals for a county-"),
            T(1, 60, 747, "wide approach to hospital discharge."));
        var line = Assert.Single(Content(PdfPackReader.Read("hyphen.pdf", pdf)));
        Assert.Equal("Members welcomed the proposals for a county-wide approach to hospital discharge.", line.Text);
    }

    [Fact]
    public void A_hanging_number_stays_with_its_title_and_a_bracketed_note_joins_it()
    {
        var pdf = MakePdf(1,
            T(1, 56, 760, "12.", bold: true), T(1, 100, 760, "Minutes of the last meeting", bold: true),
            T(1, 56, 746, "(Agenda item 3)"),
            T(1, 56, 720, "(a)"), T(1, 100, 720, "That the minutes be approved."),
            T(1, 56, 700, "(b)"), T(1, 100, 700, "That the action log be noted."));
        var lines = Content(PdfPackReader.Read("hanging.pdf", pdf));
        Assert.Equal("12. Minutes of the last meeting (Agenda item 3)", lines[0].Text);
        Assert.True(lines[0].Bold);
        Assert.True(lines[0].Heading);
        Assert.Equal("(a) That the minutes be approved.", lines[1].Text);
        Assert.Equal("(b) That the action log be noted.", lines[2].Text);
        Assert.False(lines[1].HasCells);
    }

    [Fact]
    public void Printed_page_numbers_and_running_headers_are_furniture_and_give_the_page()
    {
        var texts = new List<(int, double, double, string, double, bool)>();
        for (int p = 1; p <= 4; p++)
        {
            texts.Add(T(p, 60, 800, $"Health and Wellbeing Board - {p} March 2024", 9));
            texts.Add(T(p, 60, 700, $"Body text of page {p}."));
            texts.Add(T(p, 290, 30, $"Page {p + 20}", 9));
        }
        var pack = PdfPackReader.Read("furniture.pdf", MakePdf(4, texts.ToArray()));
        var content = Content(pack);
        Assert.Equal(4, content.Count);
        for (int p = 1; p <= 4; p++)
        {
            Assert.Equal($"Body text of page {p}.", content[p - 1].Text);
            Assert.Equal(p + 20, content[p - 1].Page);
            Assert.Equal(p, content[p - 1].PdfPage);
        }
        var furniture = pack.Lines.Where(l => l.Kind == LineKind.Furniture).ToList();
        Assert.Equal(8, furniture.Count);
        Assert.Contains(furniture, l => l.Text == "Page 23" && l.Page == 23 && l.PdfPage == 3);
        Assert.Equal(4, pack.PageCount);
        Assert.Equal(21, content[0].Ref.Page);
        Assert.Equal(1, content[0].Ref.PdfPage);
    }

    [Fact]
    public void A_paragraph_runs_on_over_a_page_break_past_the_furniture()
    {
        var texts = new List<(int, double, double, string, double, bool)>
        {
            T(1, 60, 100, "The chair thanked officers for the work on the draft strategy and"),
            T(1, 60, 87, "said that the board would return to the subject in the"),
            T(1, 290, 30, "7", 9),
            T(2, 60, 780, "spring, once the consultation had closed."),
            T(2, 290, 30, "8", 9),
            T(3, 60, 780, "Another page."),
            T(3, 290, 30, "9", 9),
        };
        var pack = PdfPackReader.Read("runon.pdf", MakePdf(3, texts.ToArray()));
        var first = Content(pack)[0];
        Assert.Equal("The chair thanked officers for the work on the draft strategy and said that the board would return to the subject in the spring, once the consultation had closed.", first.Text);
        Assert.Equal(7, first.Page);
        Assert.Equal(1, first.PdfPage);
        Assert.True(pack.Lines.Single(l => l.Text == "7").Kind == LineKind.Furniture);
    }

    [Fact]
    public void Table_rows_are_rebuilt_from_shared_column_boundaries()
    {
        var pdf = MakePdf(1,
            T(1, 60, 760, "Service"), T(1, 300, 760, "Budget"), T(1, 400, 760, "Spend"),
            T(1, 60, 745, "Community nursing"), T(1, 300, 745, "12.5"), T(1, 400, 745, "13.1"),
            T(1, 60, 730, "Reablement"), T(1, 300, 730, "4.0"), T(1, 400, 730, "3.6"),
            T(1, 60, 715, "Care homes"), T(1, 300, 715, "40.2"),
            T(1, 60, 680, "The figures are in millions of pounds."));
        var lines = Content(PdfPackReader.Read("table.pdf", pdf));
        Assert.Equal("Service\tBudget\tSpend", lines[0].Text);
        Assert.Equal("Community nursing\t12.5\t13.1", lines[1].Text);
        Assert.Equal("Reablement\t4.0\t3.6", lines[2].Text);
        Assert.Equal("Care homes\t40.2\t", lines[3].Text);
        Assert.Equal(["Care homes", "40.2", ""], lines[3].Cells);
        Assert.Equal("The figures are in millions of pounds.", lines[4].Text);
        // rows of one table follow each other without blank lines, as in text packs
        Assert.Equal(lines[0].Number + 1, lines[1].Number);
    }

    [Fact]
    public void A_wrapped_cell_joins_its_row()
    {
        var pdf = MakePdf(1,
            T(1, 60, 760, "Action"), T(1, 250, 760, "Owner"), T(1, 400, 760, "Due"),
            T(1, 60, 740, "Publish the refreshed"), T(1, 250, 740, "Director"), T(1, 400, 740, "March 2025"),
            T(1, 60, 727, "strategy"), T(1, 250, 727, "of Public Health"),
            T(1, 60, 707, "Report on uptake"), T(1, 250, 707, "Head of Service"), T(1, 400, 707, "June 2025"),
            T(1, 60, 694, "Close the old register"), T(1, 250, 694, "Data team"));
        var lines = Content(PdfPackReader.Read("wrapped.pdf", pdf));
        Assert.Equal("Action\tOwner\tDue", lines[0].Text);
        Assert.Equal("Publish the refreshed strategy\tDirector of Public Health\tMarch 2025", lines[1].Text);
        Assert.Equal("Report on uptake\tHead of Service\tJune 2025", lines[2].Text);
        // set as tight as a wrapped line, but it opens a new entry
        Assert.Equal("Close the old register\tData team\t", lines[3].Text);
    }

    [Fact]
    public void Two_columns_are_read_left_column_first()
    {
        var texts = new List<(int, double, double, string, double, bool)>();
        for (int i = 0; i < 10; i++)
        {
            texts.Add(T(1, 50, 760 - i * 13, $"left column line {i} has several words in it", 10));
            texts.Add(T(1, 320, 760 - i * 13, $"right column line {i} has several words too", 10));
        }
        var lines = Content(PdfPackReader.Read("columns.pdf", MakePdf(1, texts.ToArray())));
        var text = string.Join(" ", lines.Select(l => l.Text));
        Assert.DoesNotContain('\t', text);
        Assert.True(text.IndexOf("left column line 9", StringComparison.Ordinal) < text.IndexOf("right column line 0", StringComparison.Ordinal), text);
    }

    [Fact]
    public void A_raised_ordinal_stays_in_its_line()
    {
        var pdf = MakePdf(1,
            T(1, 60, 760, "The meeting on 29"), T(1, 148.5, 764, "th", 7), T(1, 156, 760, "January was quorate."));
        var line = Assert.Single(Content(PdfPackReader.Read("ordinal.pdf", pdf)));
        Assert.Equal("The meeting on 29th January was quorate.", line.Text);
    }

    // --- bad PDFs: one clear line each ---

    [Fact]
    public void A_truncated_pdf_is_refused_saying_so()
    {
        var pdf = MakePdf(1, T(1, 60, 760, "Some text on the page."));
        var cut = pdf[..(pdf.Length / 2)];
        var e = Assert.Throws<InputException>(() => PackLoader.Read("cut.pdf", cut));
        Assert.Contains("truncated", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.StartsWith("cut.pdf: ", e.Message);
    }

    [Fact]
    public void A_corrupt_pdf_is_refused_saying_so()
    {
        var junk = Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 3000) + "\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\nstartxref\n99999\n%%EOF\n");
        var e = Assert.Throws<InputException>(() => PackLoader.Read("junk.pdf", junk));
        Assert.Contains("damaged PDF", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void An_encrypted_pdf_is_refused_saying_so()
    {
        var e = Assert.Throws<InputException>(() => PackLoader.Read("locked.pdf", EncryptedPdf()));
        Assert.Contains("encrypted", e.Message);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_says_it_needs_ocr()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 200, 300, 1, fill: true);
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(60, 60), 100, 100, 1, fill: true);
        var e = Assert.Throws<InputException>(() => PackLoader.Read("scan.pdf", builder.Build()));
        Assert.Contains("no text layer", e.Message);
        Assert.Contains("OCR", e.Message);
        Assert.Contains("2 pages", e.Message);
    }

    [Fact]
    public void A_pdf_with_too_many_pages_is_refused_saying_so()
    {
        var texts = Enumerable.Range(1, 6).Select(p => T(p, 60, 700, $"page {p}")).ToArray();
        var pdf = MakePdf(6, texts);
        var e = Assert.Throws<InputException>(() => PdfPackReader.Read("huge.pdf", pdf, maxPages: 5));
        Assert.Contains("has 6 pages, more than the 5", e.Message);
        Assert.Equal(6, PdfPackReader.Read("fine.pdf", pdf).PageCount);
    }

    [Fact]
    public void Content_decides_the_format_not_the_file_name()
    {
        var dir = Directory.CreateTempSubdirectory("minutebook-pdf-");
        try
        {
            var pdfAsText = Path.Combine(dir.FullName, "minutes.txt");
            File.WriteAllBytes(pdfAsText, MakePdf(1, T(1, 60, 760, "Minutes of the meeting.")));
            var textAsPdf = Path.Combine(dir.FullName, "agenda.pdf");
            File.WriteAllText(textAsPdf, "AGENDA\n\n1. Apologies\n");
            var fromPdf = PackLoader.Load(pdfAsText);
            Assert.Equal("pdf", fromPdf.Format);
            Assert.Equal("Minutes of the meeting.", Content(fromPdf)[0].Text);
            var fromText = PackLoader.Load(textAsPdf);
            Assert.Equal("text", fromText.Format);
            Assert.Equal("1. Apologies", Content(fromText)[1].Text);
        }
        finally { dir.Delete(recursive: true); }
    }

    /// <summary>A one-page PDF whose trailer names a Standard security handler with a user password.</summary>
    private static byte[] EncryptedPdf()
    {
        var sb = new StringBuilder();
        var offsets = new List<int>();
        sb.Append("%PDF-1.4\n");
        void Obj(string body) { offsets.Add(sb.Length); sb.Append($"{offsets.Count} 0 obj\n{body}\nendobj\n"); }
        Obj("<< /Type /Catalog /Pages 2 0 R >>");
        Obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>");
        var o = new string('7', 64);
        var u = new string('3', 64);
        Obj($"<< /Filter /Standard /V 1 /R 2 /Length 40 /O <{o}> /U <{u}> /P -44 >>");
        Obj("<< /Length 10 >>\nstream\n0123456789\nendstream");
        int xref = sb.Length;
        sb.Append($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var off in offsets) sb.Append($"{off:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
