using System.Text;
using Minutebook.Reading;

namespace Minutebook.Tests.Reading;

/// <summary>The fast paths of the text pipeline give exactly the answers of the plain framework calls they replace.</summary>
public class FastPathEquivalenceTests
{
    [Theory]
    [InlineData("Report of the Director", "report", true)]
    [InlineData("REPORT OF THE DIRECTOR", "report of", true)]
    [InlineData("the meeting CLOSED", "Closed", true)]
    [InlineData("repor", "report", false)]
    [InlineData("", "x", false)]
    [InlineData("abc", "", true)]
    [InlineData("Apologie\u017F", "apologies", false)] // long s, dotless i, Kelvin sign: not equal to ASCII letters
    [InlineData("D\u0131SCLOSE", "disclose", false)]   // under ordinal ignore-case
    [InlineData("\u212Aey", "key", false)]
    [InlineData("£M budget", "£m", true)]
    public void Ignore_case_search_answers_as_the_framework_does(string text, string value, bool expected)
    {
        Assert.Equal(expected, text.Contains(value, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected, text.ContainsIgnoreCase(value));
        Assert.Equal(text.IndexOf(value, StringComparison.OrdinalIgnoreCase), IgnoreCase.IndexOf(text, value));
    }

    [Fact]
    public void Ignore_case_search_agrees_with_the_framework_on_every_first_character()
    {
        // every character of the basic plane in front of, inside and after an ASCII needle
        foreach (var value in new[] { "is", "sk", "ki", "meeting", "ontact", " at ", "1.", "Agenda Item" })
            for (int c = 0; c <= char.MaxValue; c++)
            {
                if (char.IsSurrogate((char)c)) continue;
                var ch = ((char)c).ToString();
                foreach (var text in new[] { ch + value[1..], "x" + ch + value[1..] + "y", value[..^1] + ch, ch })
                    Assert.True(text.IndexOf(value, StringComparison.OrdinalIgnoreCase) == IgnoreCase.IndexOf(text, value),
                        $"'{value}' in U+{c:X4} text \"{text}\"");
            }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("one line")]
    [InlineData("   \t ")]
    [InlineData("a\r\nb\r\n\r\n")]
    [InlineData("a\n\n\nb")]
    [InlineData("**Heading**\t\n# Title  with   spaces \t\n| a | b |\n<p>x</p><br>y\r\r\n\u00a0 lead\u00a0and trail \u00a0\n")]
    [InlineData("x\t \n \ty\u2003\nPage 3\n\nThis page is intentionally left blank\n")]
    public void Reading_bytes_gives_the_lines_of_the_decoded_text(string text)
    {
        foreach (var bytes in new[] { Encoding.UTF8.GetBytes(text), Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray() })
        {
            var fromBytes = TextPackReader.Read("x.txt", bytes).Lines;
            var fromText = TextPackReader.ReadLines(TextDecoding.Decode(bytes, out _));
            Assert.Equal(Describe(fromText), Describe(fromBytes));
        }
    }

    [Fact]
    public void Reading_windows_1252_bytes_gives_the_lines_of_the_decoded_text()
    {
        var bytes = Encoding.Latin1.GetBytes("Budget \u00a3251.05m\r\n\u0093quoted\u0094\n\nlast");
        var fromBytes = TextPackReader.Read("x.txt", bytes).Lines;
        var fromText = TextPackReader.ReadLines(TextDecoding.Decode(bytes, out var encoding));
        Assert.Equal("windows-1252", encoding);
        Assert.Equal(Describe(fromText), Describe(fromBytes));
        Assert.Equal("\u201cquoted\u201d", fromBytes[1].Text);
    }

    private static List<string> Describe(IReadOnlyList<SourceLine> lines) =>
        lines.Select(l => $"{l.Number}|{l.Raw}|{l.Text}|{l.Kind}|{l.Page}|{l.Bold}|{l.Heading}").ToList();
}
