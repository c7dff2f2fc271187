using Minutebook.Checking;
using Minutebook.Model;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Tables;

/// <summary>
/// A budget table broken over pages the way monitoring appendices print them: its header printed again on one
/// line after the page break, section labels on lines of their own between the rows, a label wrapped above its
/// figures, the unit on a line above the header. It stays one table and its totals add up.
/// </summary>
public class PagedBudgetTableTests
{
    private const string Pack =
        "Revenue monitoring, month 9\n" +
        "£000\n" +
        "Service area\tBudget\tForecast\tVariance\n" +
        "Adults and Communities Directorate\n" +
        "Learning disability and autism services\n" +
        "Supported living\t12,400\t12,950\t550\n" +
        "Day opportunities\t3,100\t2,980\t-120\n" +
        "Learning disability and autism services total\t15,500\t15,930\t430\n" +
        "\n\nPage 2\n\n" +
        "Service area Budget Forecast Variance\n" +
        "Older people's services, including residential, nursing and home care commissioned by the council\n" +
        "Home care\t9,800\t10,400\t600\n" +
        "Care homes\t21,000\t21,900\t900\n" +
        "Older people's services, including residential, nursing and home care commissioned by the council total\t30,800\t32,300\t1,500\n" +
        "Adults and Communities Directorate total\t46,300\t48,230\t1,930\n" +
        "Commissioning contracts awarded in the year, including the re-let of the integrated community equipment\n" +
        "service contract\t2,000\t1,900\t-100\n" +
        "Overall total\t48,300\t50,130\t1,830\n" +
        "\nThe forecast overspend is driven by home care.\n";

    [Fact]
    public void The_table_runs_on_over_its_page_break_repeated_header_and_section_labels()
    {
        var record = Snippet.Record(Pack);
        var table = Assert.Single(record.Tables);
        Assert.Equal(["Service area", "Budget", "Forecast", "Variance"], table.Columns);
        Assert.DoesNotContain(table.Rows, r => r[0].StartsWith("Service area", StringComparison.Ordinal));
        Assert.Equal(RowRole.Group, table.RowInfo[0].Role);
        Assert.Equal("Adults and Communities Directorate", table.Rows[0][0]);
        var label = table.Rows.FindIndex(r => r[0].StartsWith("Older people's services", StringComparison.Ordinal));
        Assert.Equal(RowRole.Group, table.RowInfo[label].Role);
        Assert.Equal(["Home care", "9,800", "10,400", "600"], table.Rows[label + 1]);
        Assert.Contains(table.Rows, r => r.SequenceEqual(
            ["Commissioning contracts awarded in the year, including the re-let of the integrated community equipment service contract", "2,000", "1,900", "-100"]));
        Assert.Equal(RowRole.Total, table.RowInfo[^1].Role);
        Assert.Contains("£000", table.Title);
        // the pool of each line is its section; amounts are in pounds through the unit above the header
        var homeCare = Assert.Single(record.BudgetLines, b => b.Line == "Home care");
        Assert.StartsWith("Older people's services", homeCare.Pool);
        Assert.Equal(9_800_000m, homeCare.Budget);
    }

    [Fact]
    public void Its_totals_add_up_across_the_sections_they_name()
    {
        // division totals, the directorate total over both pages, and an overall total of the directorate plus a line
        Assert.DoesNotContain(Snippet.Record(Pack).Findings, f => f.Kind is TotalsCheck.Kind or VarianceCheck.Kind);
    }

    [Fact]
    public void A_total_off_its_rows_is_still_reported_after_the_page_break()
    {
        var wrong = Pack.Replace("total\t30,800\t32,300\t1,500", "total\t30,800\t32,400\t1,500", StringComparison.Ordinal);
        var findings = Snippet.Record(wrong).Findings.Where(f => f.Kind == TotalsCheck.Kind).ToList();
        var f = Assert.Single(findings);
        Assert.Contains("(Forecast) is 32,400 but its 2 rows sum to 32,300", f.Message);
    }

    [Fact]
    public void Prose_between_two_tables_of_the_same_width_keeps_them_apart()
    {
        var tables = Snippet.Record(
            "Scheme\tBudget\tSpend\n" +
            "Falls clinic\t120\t110\n" +
            "Hoists\t80\t85\n" +
            "\nThe board asked for the spend on hoists to be explained at its next meeting, with the contract terms.\n\n" +
            "Scheme\tBudget\tSpend\n" +
            "Night sitting\t45\t40\n" +
            "Respite\t30\t31\n").Tables;
        Assert.Equal(2, tables.Count);
    }
}
