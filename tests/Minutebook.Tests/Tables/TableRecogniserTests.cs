using Minutebook.Model;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Tables;

/// <summary>Tables in layouts other than the corpus: each rule of the recogniser on a small snippet.</summary>
public class TableRecogniserTests
{
    private static List<Table> Tables(string text) => Snippet.Record(text).Tables;

    [Fact]
    public void A_header_repeated_after_a_page_break_is_dropped_and_the_table_goes_on()
    {
        var tables = Tables(
            "Scheme\tOwner\tSpend (£000)\n" +
            "Falls clinic\tICB\t120\n" +
            "Hoists\tCouncil\t80\n" +
            "\nPage 4\n\n" +
            "Scheme\tOwner\tSpend (£000)\n" +
            "Night sitting\tCouncil\t45\n" +
            "Total\t\t245\n");
        var table = Assert.Single(tables);
        Assert.Equal(["Scheme", "Owner", "Spend (£000)"], table.Columns);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["Night sitting", "Council", "45"], table.Rows[2]);
        Assert.Equal(RowRole.Total, table.RowInfo[3].Role);
    }

    [Fact]
    public void A_repeated_header_laid_out_differently_is_realigned_by_its_labels()
    {
        var tables = Tables(
            "Proposal\tArea\tRAG\t2024/25 £m\t2025/26 £m\n" +
            "Day centres\tAdults\tG\t-0.100\t-0.050\n" +
            "\n\n" +
            "Proposal\tArea\t\t\t2024/25 £m\t2025/26 £m\n" +
            "Home care review\tAdults\tA\t*\t-0.200\t-0.300\n");
        var table = Assert.Single(tables);
        Assert.Equal(5, table.Columns.Count);
        Assert.Equal(["Home care review", "Adults", "A *", "-0.200", "-0.300"], table.Rows[1]);
    }

    [Fact]
    public void A_marker_split_into_a_figure_column_goes_back_beside_its_note()
    {
        var table = Assert.Single(Tables(
            "Saving\tDirectorate\tNote\t2024/25 £m\t2025/26 £m\t2026/27 £m\n" +
            "Libraries\tPlace\t\t-0.100\t-0.050\t\n" +
            "Transport\tPlace\tR\t*\t-0.250\t-0.020\n" +
            "Parks\tPlace\t\t-0.030\t\t\n"));
        Assert.Equal(["Transport", "Place", "R *", "", "-0.250", "-0.020"], table.Rows[1]);
    }

    [Fact]
    public void Bold_rows_and_unlabelled_figures_close_groups_as_subtotals()
    {
        var table = Assert.Single(Tables(
            "| Service | 2024/25 £000 |\n" +
            "|---|---|\n" +
            "| **Prevention** | |\n" +
            "| Stop smoking | 310 |\n" +
            "| Weight management | 190 |\n" +
            "| **Prevention subtotal** | **500** |\n" +
            "| Sexual health | 420 |\n" +
            "| | **420** |\n" +
            "| **Total** | **920** |\n"));
        var roles = table.RowInfo.Select(i => i.Role).ToArray();
        Assert.Equal([RowRole.Group, RowRole.Data, RowRole.Data, RowRole.Subtotal, RowRole.Data, RowRole.Subtotal, RowRole.Total], roles);
        Assert.True(table.RowInfo[^1].Bold);
    }

    [Fact]
    public void A_row_with_an_empty_first_cell_continues_the_group_above()
    {
        var record = Snippet.Record(
            "Programme\tMeasure\tTarget\tApril\tMay\n" +
            "Falls prevention\tReferrals received\t>= 40\t44\t39\n" +
            "\tAssessments completed\t>= 30\t31\t35\n" +
            "Carers\tBreaks arranged\t>= 20\t18\t22\n");
        var table = Assert.Single(record.Tables);
        Assert.Equal("Falls prevention", table.RowInfo[1].Group);
        Assert.Equal("", table.Rows[1][0]);
        var assessments = Assert.Single(record.Indicators, i => i.Name.Contains("Assessments completed"));
        Assert.Equal("Falls prevention: Assessments completed", assessments.Name);
    }

    [Fact]
    public void Cells_that_wrap_onto_the_next_line_are_joined()
    {
        var table = Assert.Single(Tables(
            "Item\tExpected date\tLead officer\n" +
            "Dementia strategy\tSeptember 2025\tJ. Okafor\n" +
            "Joint forward plan refresh\tAfter approval by the\tR. Patel\n" +
            "\n" +
            "\tIntegrated Care Board\t\n" +
            "Winter plan\tOctober 2025\tR. Patel\n"));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("After approval by the Integrated Care Board", table.Rows[1][1]);
        Assert.Equal("Winter plan", table.Rows[2][0]);
    }

    [Fact]
    public void A_pipe_table_with_a_broken_header_and_a_wrapped_row_is_read()
    {
        var table = Assert.Single(Tables(
            "- | | | |\n" +
            "|---|--|---|\n" +
            "| 1 | Welcome and apologies | |\n" +
            "| 2 | Declarations of interest\n" +
            "(a) pecuniary\n" +
            "(b) other | |\n" +
            "| 3 | Joint strategy refresh | 5 - 18 |\n"));
        Assert.Equal(3, table.Columns.Count);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("Declarations of interest (a) pecuniary (b) other", table.Rows[1][1]);
        Assert.Equal("5 - 18", table.Rows[2][2]);
    }

    [Fact]
    public void Html_cells_are_flattened_and_a_new_header_after_a_gap_starts_a_new_table()
    {
        var tables = Tables(
            "X\tHome care\tBudget\tForecast\tVariance\n" +
            "\tDomiciliary care\t<b>£12.0m</b>\t£12.4m\t£0.4m\n" +
            "\tTotal\t£12.0m\t£12.4m\t£0.4m\n" +
            "\n" +
            "Y\tCare homes\tBudget\tForecast\tVariance\n" +
            "\tNursing <br>placements\t£20.1m\t£19.9m\t-£0.2m\n" +
            "\tTotal\t£20.1m\t£19.9m\t-£0.2m\n");
        Assert.Equal(2, tables.Count);
        Assert.Equal("Nursing placements", tables[1].Rows[0][1]);
        Assert.All(tables, t => Assert.Equal(TableKind.Budget, t.Kind));
    }

    [Fact]
    public void Every_table_has_a_source_and_a_title_from_its_caption()
    {
        var table = Assert.Single(Tables(
            "Some prose about the pooled budget.\n\n" +
            "Table 3: Pooled budget by partner\n\n" +
            "Partner\tContribution £m\n" +
            "Council\t12.5\n" +
            "ICB\t30.0\n"));
        Assert.Equal("Table 3: Pooled budget by partner", table.Title);
        Assert.Equal(5, table.Source.Line);
        Assert.Equal(6, table.RowInfo[0].Source.Line);
    }
}
