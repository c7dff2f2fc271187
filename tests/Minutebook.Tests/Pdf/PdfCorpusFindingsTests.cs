using Minutebook.Checking;
using Minutebook.Model;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Pdf;

/// <summary>
/// Findings on the PDF corpus are real errors: the budget appendix's tables, rebuilt across their page breaks,
/// repeated headers and section labels, add up; minutes that restate a motion are not minutes printed twice.
/// </summary>
public class PdfCorpusFindingsTests
{
    private static readonly string[] Arithmetic = [TotalsCheck.Kind, VarianceCheck.Kind, YearToDateCheck.Kind];

    private static IEnumerable<string> PdfFiles() =>
        Directory.GetFiles(Path.Combine(Corpus.Root!, "pdf"), "*.pdf").OrderBy(f => f, StringComparer.Ordinal);

    [CorpusFact]
    public void Pdf_corpus_gives_no_false_arithmetic_findings()
    {
        // every total, variance and year-to-date figure in these papers was checked by hand against pdftotext
        var found = PdfFiles()
            .SelectMany(f => Corpus.Record(f).Findings.Where(x => Arithmetic.Contains(x.Kind)).Select(x => $"{Path.GetFileName(f)}: {x.Message}"))
            .ToList();
        Assert.Empty(found);
    }

    [CorpusFact]
    public void Key_service_statement_is_one_table_across_its_seven_pages()
    {
        var record = Corpus.Record(Corpus.Pdf("Appendix - NOV 2024-25"));
        var table = record.Tables.Single(t => t.Rows.Any(r => r[0] == "Adaptive & Assistive Technology"));
        Assert.Equal("Appendix 1 - Key Service Statement (£m)", table.Title);
        Assert.Equal(["Directorate, Division & Key Service", "Budget", "Forecast", "Variance"], table.Columns);
        // the header printed again at the top of each page is merged away
        Assert.DoesNotContain(table.Rows, r => r[0].StartsWith("Directorate, Division", StringComparison.Ordinal));
        var pages = table.RowInfo.Select(i => i.Source.PdfPage).Distinct().ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], pages);

        // section labels between the rows are group headings; division and directorate totals are totals
        int Row(string label) => table.Rows.FindIndex(r => r[0] == label && r[1].Length == 0);
        Assert.Equal(RowRole.Group, table.RowInfo[Row("Adult Social Care & Health")].Role);
        Assert.Equal(RowRole.Group, table.RowInfo[Row("Chief Executive's Department")].Role);
        Assert.Equal(RowRole.Group, table.RowInfo[Row("Corporate Landlord")].Role);
        Assert.Contains(table.Rows, r => r.SequenceEqual(["Corporate Landlord", "29.0", "26.6", "-2.4"]));
        Assert.Contains(table.Rows, r => r.SequenceEqual(["Growth, Environment & Transport Total", "202.9", "209.2", "6.3"]));
        var excluding = table.Rows.FindIndex(r => r[0].StartsWith("Children, Young People & Education Total (Excluding", StringComparison.Ordinal));
        Assert.Equal(RowRole.Total, table.RowInfo[excluding].Role);
        Assert.Equal(["430.6", "420.8", "-9.9"], table.Rows[excluding][1..]);
        var grand = table.Rows.FindIndex(r => r[0] == "Grand Total");
        Assert.Equal(["1,432.3", "1,486.0", "53.7"], table.Rows[grand][1..]);
        Assert.Equal(7, table.RowInfo[grand].Source.PdfPage);
    }

    [CorpusFact]
    public void Savings_rows_keep_their_wrapped_labels_and_figures()
    {
        var record = Corpus.Record(Corpus.Pdf("Appendix - NOV 2024-25"));
        var table = record.Tables.Single(t => t.Rows.Any(r => r[0] == "Efficiencies through Enablement"));
        // a label printed over three lines above its figures stays one row
        Assert.Contains(table.Rows, r => r[0].StartsWith("Uplift in social care client contributions", StringComparison.Ordinal)
            && r[0].EndsWith("service income streams - Older People", StringComparison.Ordinal) && r[1] == "-6,400.0");
        // "… a one-off increase in 2024-" over "25." joins without a space
        Assert.Contains(table.Rows, r => r[0].EndsWith("a one-off increase in 2024-25.", StringComparison.Ordinal) && r[1] == "-3,500.0");
        // the first line of the next entry is not the tail of the row above
        Assert.Contains(table.Rows, r => r[0] == "One-off increase in profit share from East Kent Opportunities LLP" && r[1] == "-50.0");
        Assert.Contains(table.Rows, r => r.SequenceEqual(["Total", "-111,164.8", "-75,794.5", "-250.0", "-4,211.8", "-80,256.3", "30,908.5", "17,487.7", "-22,126.4"]));
        Assert.Contains(table.Rows, r => r[0] == "Growth, Environment & Transport Total" && r[1] == "-8,712.7");
        Assert.Equal(RowRole.Group, table.RowInfo[table.Rows.FindIndex(r => r[0] == "Non Attributable Costs")].Role);
    }
}
