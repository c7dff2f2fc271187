using Minutebook.Reading;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Reading;

/// <summary>Reading the Kent PDFs: lines in reading order, pages, furniture, tables.</summary>
public class PdfCorpusReadingTests
{
    private static SourcePack Load(string fragment) => PackLoader.Load(Corpus.Pdf(fragment));

    [CorpusFact]
    public void Printed_minutes_read_as_paragraphs_with_printed_and_pdf_pages()
    {
        var pack = Load("Printed minutes 30th");
        Assert.Equal("pdf", pack.Format);
        Assert.Equal(17, pack.PageCount);
        var content = pack.Lines.Where(l => l.IsContent).ToList();
        var present = content.Single(l => l.Text.StartsWith("PRESENT:"));
        Assert.Equal("PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs S Chandler, Mr D Jeffrey, Mr R C Love, OBE, Mr D Murphy, Mr P J Oakford, Mr D Watkins and Mr R J Thomas", present.Text);
        var apologies = content.Single(l => l.Text == "84. Apologies (Item 1)");
        Assert.True(apologies.Bold);
        Assert.Equal(1, apologies.Page);
        Assert.Equal(1, apologies.PdfPage);
        Assert.Contains(content, l => l.Text == "Apologies were received from Mrs C Bell.");
        // the printed page number at the foot of every page is furniture and numbers the page
        var numbers = pack.Lines.Where(l => l.Kind == LineKind.Furniture).Select(l => l.Text).ToList();
        Assert.Equal(Enumerable.Range(1, 17).Select(n => n.ToString()), numbers);
        var resolved = content.Single(l => l.Text.StartsWith("4. RESOLVED that Cabinet agree the Commissioning Plan"));
        Assert.Equal(17, resolved.Page);
        Assert.Equal(17, resolved.PdfPage);
        // superscript ordinals stay in their line
        Assert.Contains(content, l => l.Text.Contains("held on 29th January 2025"));
        Assert.DoesNotContain(content, l => l.Text is "th" or "st" or "nd" or "rd");
        // line numbers run over the file
        Assert.Equal(Enumerable.Range(1, pack.Lines.Count), pack.Lines.Select(l => l.Number));
    }

    [CorpusFact]
    public void A_paragraph_continues_over_the_page_break()
    {
        var content = Load("Printed minutes 30th").Lines.Where(l => l.IsContent).ToList();
        var line = content.Single(l => l.Text.Contains("Millmead Family Hubs. At that meeting, Members agreed to refer the decision to full Council."));
        Assert.Equal(1, line.PdfPage);
    }

    [CorpusFact]
    public void A_justified_name_list_stays_prose()
    {
        var content = Load("Printed minutes 09th-Jan-2025").Lines.Where(l => l.IsContent).ToList();
        Assert.DoesNotContain(content, l => l.HasCells && l.Text.Contains("Broadley"));
        Assert.Contains(content, l => l.Text.StartsWith("PRESENT: Mr N Baker, Mr M Baldock"));
        Assert.Contains(content, l => l.Text.StartsWith("283. Apologies for Absence"));
    }

    [CorpusFact]
    public void Budget_appendix_tables_are_tab_separated_rows()
    {
        var lines = Load("Appendix - NOV 2024-25").Lines;
        Assert.Contains(lines, l => l.Text == "Directorate, Division & Key Service\tBudget\tForecast\tVariance");
        var row = lines.Single(l => l.Text.StartsWith("Adaptive & Assistive Technology\t"));
        Assert.Equal(["Adaptive & Assistive Technology", "0.6", "1.0", "0.3"], row.Cells);
        Assert.Equal(1, row.PdfPage);
        Assert.Contains(lines, l => l.Text == "Adult Social Care & Health Operations Total\t524.7\t588.4\t63.7");
        Assert.True(lines.Count(l => l.HasCells && l.Cells.Length == 4) > 100);
        Assert.Contains(lines, l => l.Text == "Efficiencies through Enablement\t-3,500.0\t-2,644.5\t0.0\t0.0\t-2,644.5\t855.5\t0.0\t-855.5");
    }

    [CorpusFact]
    public void Report_cover_keeps_labels_beside_their_values()
    {
        var lines = Load("Adoption of Integrated Care Strategy delivery plan - Report").Lines;
        Assert.Contains(lines, l => l.Text == "Decision Number:\t24/00115");
        Assert.Contains(lines, l => l.Text == "Subject:\tKent County Council Integrated Care Strategy (KCC ICS) Delivery Plan");
        Assert.Contains(lines, l => l.IsContent && l.Text.StartsWith("Recommendations: Cabinet is asked to consider and agree"));
    }

    [CorpusFact]
    public void Front_sheet_lists_its_agenda_items_one_a_line()
    {
        var content = Load("Agenda frontsheet 30th-Jan-2025").Lines.Where(l => l.IsContent).Select(l => l.Text).ToList();
        Assert.Contains("1. Apologies", content);
        Assert.Contains("3. Minutes of the Meeting held on 9th January 2025 (Pages 1 - 10)", content);
        Assert.Contains("9. 24/00096 - Commissioning Plan for Education Provision in Kent 2025-29 (Pages 461 - 610)", content);
    }

    [CorpusFact]
    public void Every_corpus_pdf_reads()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(Corpus.Root!, "pdf"), "*.pdf"))
        {
            var pack = PackLoader.Load(path);
            Assert.True(pack.Lines.Count(l => l.IsContent) > 10, path);
            Assert.All(pack.Lines, l => Assert.NotNull(l.PdfPage));
        }
    }
}
