using Minutebook.Reading;

namespace Minutebook.Tests.Reading;

public class MarkupCleanerTests
{
    [Theory]
    [InlineData("6. **DECLARATIONS OF INTEREST**", "6. DECLARATIONS OF INTEREST")]
    [InlineData("**Health and Wellbeing Board", "Health and Wellbeing Board")]
    [InlineData("## **6. Implications of the Recommendations**", "6. Implications of the Recommendations")]
    [InlineData("see [the care contribution calculator](#) for more", "see the care contribution calculator for more")]
    [InlineData("[*Breaking Down Barriers \\(2019\\)*](#) and", "Breaking Down Barriers (2019) and")]
    [InlineData("<b>Key Decision</b>\t<b>Decision Maker</b>", "Key Decision\tDecision Maker")]
    [InlineData("<p>September 2022.</p> <p>As required.</p>", "September 2022. As required.")]
    [InlineData("belongs to us all<sup>1</sup> and any", "belongs to us all and any")]
    [InlineData("streamed at <https://www.youtube.com/x>", "streamed at https://www.youtube.com/x")]
    [InlineData("the *NHS Long Term Plan* and", "the NHS Long Term Plan and")]
    [InlineData("Fish &amp; Chips", "Fish & Chips")]
    [InlineData("a  b \t c", "a b\tc")]
    public void Cleans_markup_to_plain_text(string raw, string expected) =>
        Assert.Equal(expected, MarkupCleaner.Clean(raw).Text);

    [Fact]
    public void Hints_headings_and_bold()
    {
        var h = MarkupCleaner.Clean("### 1. Report Summary");
        Assert.True(h.Heading);
        Assert.Equal("1. Report Summary", h.Text);
        Assert.True(MarkupCleaner.Clean("**RESOLVED –**").Bold);
        Assert.False(MarkupCleaner.Clean("RESOLVED").Bold);
    }
}
