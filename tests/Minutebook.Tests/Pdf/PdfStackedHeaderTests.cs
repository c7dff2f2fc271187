using Minutebook.Tests.Support;

namespace Minutebook.Tests.Pdf;

/// <summary>The budget monitoring appendix: a savings table whose header is printed over four lines, and prudential indicator tables with a line of periods over the header.</summary>
public class PdfStackedHeaderTests
{
    [CorpusFact]
    public void Savings_header_over_four_lines_names_every_column()
    {
        var record = Corpus.Record(Corpus.Pdf("Appendix - NOV 2024-25"));
        var savings = Assert.Single(record.Tables, t => t.Rows.Any(r => r.Count > 0 && r[0] == "Efficiencies through Enablement"));
        Assert.Equal(
            ["Saving", "2024-25 Savings Target", "Forecast against original saving", "Forecast against alternative saving (ongoing)",
             "Forecast against alternative saving (one-off)", "Total Forecast", "Variance", "Un-deliverable", "To be achieved in future years"],
            savings.Columns);
        // the header printed again on later pages is dropped, not kept as rows
        Assert.DoesNotContain(savings.Rows, r => r.Contains("Total Forecast") || r.Contains("against alternative"));
        Assert.Contains(savings.Rows, r => r.SequenceEqual(["Efficiencies through Enablement", "-3,500.0", "-2,644.5", "0.0", "0.0", "-2,644.5", "855.5", "0.0", "-855.5"]));
        // with named columns the savings give budget lines: the total forecast and the variance
        var line = Assert.Single(record.BudgetLines, b => b.Line == "Expanding the reach of caseholding Early Help services");
        Assert.Equal(-560_000m, line.Forecast);
        Assert.Equal(0m, line.Variance);
        Assert.Equal("Children, Young People & Education", line.Pool);
    }

    [CorpusFact]
    public void Period_line_over_the_prudential_indicator_header_belongs_to_the_header()
    {
        var record = Corpus.Record(Corpus.Pdf("Appendix - NOV 2024-25"));
        var capital = Assert.Single(record.Tables, t => t.Rows.Any(r => r.Count > 0 && r[0] == "External Borrowing"));
        Assert.Equal("Prudential Indicator 3: Gross Debt and the Capital Financing Requirement (£m)", capital.Title);
        Assert.Equal(["", "23-24 Actuals", "2024-25 Budget", "2024-25 Forecast", "2025-26 Estimate", "2026-27 Estimate", "2027-28 Estimate"], capital.Columns);
        Assert.DoesNotContain(record.Tables, t => t.Title is not null && t.Title.StartsWith("23-24"));
        var borrowing = Assert.Single(record.BudgetLines, b => b.Line == "External Borrowing");
        Assert.Equal(715_900_000m, borrowing.Budget);
        Assert.Equal("2024/25", borrowing.Period);
    }
}
