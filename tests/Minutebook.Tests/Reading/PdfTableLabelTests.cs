using Minutebook.Checking;
using Minutebook.Model;
using Minutebook.Reading;
using Minutebook.Reading.Pdf;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Reading;

/// <summary>
/// Lines set tight under a table row that are not the rest of its cells: the next section's heading in a larger
/// bold face, and the first line of the next entry whose label wraps above its figures. Left-aligned labels,
/// unlike the right-aligned Kent appendix.
/// </summary>
public class PdfTableLabelTests
{
    // one page
    private static byte[] MakePdf(params (int, double, double, string, double, bool)[] texts) => TestPdf.Make(1, texts);

    private static (int, double, double, string, double, bool) T(double x, double y, string text, double size = 11, bool bold = false) =>
        TestPdf.Text(1, x, y, text, size, bold);

    private static readonly byte[] Pdf = MakePdf(
        T(60, 760, "Area"), T(300, 760, "Budget"), T(400, 760, "Outturn"),
        T(60, 740, "Mental health", 11, true),
        T(60, 725, "Crisis service"), T(300, 725, "2.0"), T(400, 725, "2.2"),
        T(60, 712, "Talking therapies"), T(300, 712, "3.5"), T(400, 712, "3.4"),
        T(60, 699, "Mental health total"), T(300, 699, "5.5"), T(400, 699, "5.6"),
        T(60, 686, "Learning disability", 13, true),
        T(60, 671, "Supported living"), T(300, 671, "7.0"), T(400, 671, "7.3"),
        T(60, 658, "Day services run by the council for adults with"),
        T(60, 645, "complex needs"), T(300, 645, "1.1"), T(400, 645, "1.0"),
        T(60, 632, "Learning disability total"), T(300, 632, "8.1"), T(400, 632, "8.3"),
        T(60, 600, "Figures are in millions of pounds."));

    [Fact]
    public void A_heading_and_the_head_of_the_next_label_are_not_the_tail_of_the_row_above()
    {
        var lines = PdfPackReader.Read("sections.pdf", Pdf).Lines.Where(l => l.IsContent).Select(l => l.Text).ToList();
        Assert.Contains("Mental health total\t5.5\t5.6", lines);
        Assert.Contains("Learning disability", lines);
        Assert.Contains("Supported living\t7.0\t7.3", lines);
        Assert.Contains("Day services run by the council for adults with", lines);
        Assert.Contains("complex needs\t1.1\t1.0", lines);
    }

    [Fact]
    public void The_table_keeps_its_sections_and_its_totals_add_up()
    {
        var record = Minutebook.Pipeline.Run(PdfPackReader.Read("sections.pdf", Pdf));
        var table = Assert.Single(record.Tables);
        Assert.Equal(["Area", "Budget", "Outturn"], table.Columns);
        Assert.Equal(RowRole.Group, table.RowInfo[table.Rows.FindIndex(r => r[0] == "Learning disability")].Role);
        Assert.Contains(table.Rows, r => r.SequenceEqual(["Day services run by the council for adults with complex needs", "1.1", "1.0"]));
        Assert.DoesNotContain(record.Findings, f => f.Kind == TotalsCheck.Kind);
    }
}
