using Minutebook.Reading;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Samples;

/// <summary>
/// The fictional packs in samples/ are read as the real ones are: encodings, page furniture, printed pages.
/// (What the extractors find in them is tested beside each extractor.)
/// </summary>
public class SampleReadingTests
{
    private static SourcePack Load(string prefix) => PackLoader.Load(SamplePacks.Path(prefix));

    private static SourceLine Line(SourcePack pack, string startsWith) =>
        pack.Lines.First(l => l.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void Every_sample_reads_with_printed_pages_and_no_replacement_characters()
    {
        foreach (var path in Directory.GetFiles(SamplePacks.Folder, "*.txt"))
        {
            var pack = PackLoader.Load(path);
            Assert.DoesNotContain(pack.Lines, l => l.Text.Contains('\uFFFD'));
            Assert.Contains(pack.Lines, l => l.Page is not null);
            Assert.Contains(pack.Lines, l => l.Kind == LineKind.Furniture && PageFurniture.BlankPage().IsMatch(l.Text));
        }
    }

    [Fact]
    public void The_windows_1252_sample_keeps_its_pound_signs_and_dashes()
    {
        var pack = Load("brackenmoor");
        Assert.Contains(pack.Lines, l => l.Text.Contains("£3,200,000"));
        Assert.Contains(pack.Lines, l => l.Text.StartsWith("RESOLVED –", StringComparison.Ordinal));
        Assert.Equal(8, Line(pack, "| Deliveries within two working days").Page);
    }

    [Fact]
    public void Running_headers_that_interrupt_a_sentence_are_furniture_and_the_sentence_goes_on_the_next_page()
    {
        var pack = Load("harrowfield");
        var before = Line(pack, "The Director of Public Health explained that the carers' centre");
        var after = Line(pack, "commissioning team so that the campaign");
        Assert.Equal(1, before.Page);
        Assert.Equal(2, after.Page);
        var between = pack.Lines.Where(l => l.Number > before.Number && l.Number < after.Number && l.Kind != LineKind.Blank).ToList();
        Assert.Equal(["Page 1", "Health and Wellbeing Board", "11 January 2024"], between.Select(l => l.Text));
        Assert.All(between, l => Assert.Equal(LineKind.Furniture, l.Kind));
        // the same header at the top of the next page is furniture too
        Assert.All(pack.Lines.Where(l => l.Text == "11 January 2024"), l => Assert.Equal(LineKind.Furniture, l.Kind));
    }

    [Fact]
    public void Table_rows_keep_their_cells_and_the_page_they_are_printed_on()
    {
        var pack = Load("harrowfield");
        var total = pack.Lines.Single(l => l.HasCells && l.Cells.Contains("£171.9m"));
        Assert.Equal(["", "Total", "£167.8m", "£171.9m", "£3.0m"], total.Cells);
        Assert.Equal(8, total.Page);
    }
}
