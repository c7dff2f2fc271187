using Minutebook.Model;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Tables;

/// <summary>Headers printed over several lines, and a line of periods over the header, in layouts other than the corpus.</summary>
public class StackedHeaderTests
{
    private static List<Table> Tables(string text) => Snippet.Record(text).Tables;

    [Fact]
    public void A_header_over_three_lines_is_merged_per_column_top_to_bottom()
    {
        var record = Snippet.Record(
            "Pooled fund position, month 9\n\n" +
            "\tAnnual\tForecast\tForecast\n" +
            "\tbudget\toutturn\tvariance\n" +
            "Scheme\t£000\t£000\t£000\n" +
            "Reablement\t1,200\t1,150\t-50\n" +
            "Carers breaks\t400\t430\t30\n");
        var table = Assert.Single(record.Tables);
        Assert.Equal(["Scheme", "Annual budget £000", "Forecast outturn £000", "Forecast variance £000"], table.Columns);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["Reablement", "1,200", "1,150", "-50"], table.Rows[0]);
        // the merged header names each column, so the budget lines come out
        var line = Assert.Single(record.BudgetLines, l => l.Line == "Carers breaks");
        Assert.Equal(400_000m, line.Budget);
        Assert.Equal(430_000m, line.Forecast);
        Assert.Equal(30_000m, line.Variance);
    }

    [Fact]
    public void A_header_over_two_lines_repeated_after_a_page_break_is_dropped()
    {
        var table = Assert.Single(Tables(
            "\tSpend\tSpend\n" +
            "Ward\tplanned\tto date\n" +
            "North\t10\t4\n" +
            "South\t12\t6\n" +
            "\nPage 2\n\n" +
            "\tSpend\tSpend\n" +
            "Ward\tplanned\tto date\n" +
            "East\t8\t3\n"));
        Assert.Equal(["Ward", "Spend planned", "Spend to date"], table.Columns);
        Assert.Equal(["North", "South", "East"], table.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Text_rows_under_an_unnamed_first_column_stay_rows()
    {
        // no figures follow: the lines under the header are rows, not more of the header
        var table = Assert.Single(Tables(
            "\tLead\tWhen\n" +
            "Refresh the strategy\tDirector\tJune\n" +
            "Consult carers\tCommissioner\tAutumn\n"));
        Assert.Equal(["", "Lead", "When"], table.Columns);
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void A_line_of_periods_over_the_header_heads_its_columns_and_is_not_the_title()
    {
        var table = Assert.Single(Tables(
            "Capital programme (£m)\n\n" +
            "2022/23 2023/24 2024/25\n" +
            "\tOutturn\tBudget\tPlan\n" +
            "Schools\t12.0\t14.5\t9.1\n" +
            "Roads\t30.2\t28.0\t27.5\n"));
        Assert.Equal("Capital programme (£m)", table.Title);
        Assert.Equal(["", "2022/23 Outturn", "2023/24 Budget", "2024/25 Plan"], table.Columns);
    }

    [Fact]
    public void A_line_of_periods_that_does_not_fit_the_header_is_left_alone()
    {
        var table = Assert.Single(Tables(
            "Capital programme (£m)\n\n" +
            "2022/23 2023/24\n" +
            "\tOutturn\tBudget\tPlan\n" +
            "Schools\t12.0\t14.5\t9.1\n"));
        Assert.Equal(["", "Outturn", "Budget", "Plan"], table.Columns);
    }
}
