using System.Text;
using Minutebook.Reading;

namespace Minutebook.Tests.Reading;

public class TextPackReaderTests
{
    [Fact]
    public void Keeps_source_line_numbers_and_marks_blank_pages()
    {
        var pack = Tests.Support.Snippet.Pack("Title\n\nThis page is intentionally left blank\nNext\n");
        Assert.Equal(4, pack.Lines.Count);
        Assert.Equal(4, pack.Lines[3].Number);
        Assert.Equal("Next", pack.Lines[3].Text);
        Assert.Equal(LineKind.Furniture, pack.Lines[2].Kind);
        Assert.Equal(LineKind.Blank, pack.Lines[1].Kind);
    }

    [Fact]
    public void Falls_back_to_windows_1252_for_the_pound_sign()
    {
        var bytes = Encoding.Latin1.GetBytes("Budget \u00a3251.05m\n");
        bytes[7] = 0xA3; // £ in Windows-1252, invalid as UTF-8
        var pack = TextPackReader.Read("x.txt", bytes);
        Assert.Equal("Budget £251.05m", pack.Lines[0].Text);
    }

    [Fact]
    public void Reads_utf8_with_bom_and_crlf()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("£1\r\nline two\r\n")).ToArray();
        var pack = TextPackReader.Read("x.txt", bytes);
        Assert.Equal(["£1", "line two"], pack.Lines.Select(l => l.Text));
    }

    [Fact]
    public void Printed_page_markers_give_pages_to_the_lines_above_them()
    {
        var pack = Tests.Support.Snippet.Pack("first\nsecond\n\nPage 41 of 102\n\nthird\n\nPage 42\n");
        Assert.Equal(41, pack.Lines[0].Page);
        Assert.Equal(41, pack.Lines[1].Page);
        Assert.Equal(LineKind.Furniture, pack.Lines[3].Kind);
        Assert.Equal(42, pack.Lines[5].Page);
    }

    [Fact]
    public void A_running_header_that_interrupts_a_sentence_is_furniture_everywhere_it_repeats()
    {
        var text = "Board\n12 May 2022\n\nThe plan\n\nBoard\n12 May 2022\n\ndetailed the pathways.\n";
        var pack = Tests.Support.Snippet.Pack(text);
        Assert.All(new[] { 0, 1, 5, 6 }, i => Assert.Equal(LineKind.Furniture, pack.Lines[i].Kind));
        Assert.Equal(LineKind.Text, pack.Lines[3].Kind);
        Assert.Equal(LineKind.Text, pack.Lines[8].Kind);
    }
}
