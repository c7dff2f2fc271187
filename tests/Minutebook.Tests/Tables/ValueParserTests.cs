using Minutebook.Extraction.Values;

namespace Minutebook.Tests.Tables;

public class ValueParserTests
{
    [Theory]
    [InlineData("£251.05m", 251.05, 2, 1_000_000)]
    [InlineData("-£0.2m", -0.2, 1, 1_000_000)]
    [InlineData("£-0.2m", -0.2, 1, 1_000_000)]
    [InlineData("£8,000", 8000, 0, 1)]
    [InlineData("£2.1 M", 2.1, 1, 1_000_000)]
    [InlineData("£172k", 172, 0, 1_000)]
    public void Reads_money_with_its_scale_and_precision(string cell, double number, int decimals, double scale)
    {
        var v = ValueParser.Parse(cell);
        Assert.Equal(ValueKind.Money, v.Kind);
        Assert.Equal((decimal)number, v.Number);
        Assert.Equal(decimals, v.Decimals);
        Assert.Equal((decimal)scale, v.Scale);
    }

    [Fact]
    public void Brackets_are_negative_and_the_header_gives_the_unit()
    {
        var v = ValueParser.Parse("(0.2)", ColumnUnit.FromHeader("Variance £m"));
        Assert.Equal(ValueKind.Money, v.Kind);
        Assert.Equal(-0.2m, v.Number);
        Assert.Equal(-200_000m, v.Absolute);
        Assert.Equal(1_000m, ValueParser.Parse("6,850", ColumnUnit.FromHeader("Budget 2024/25 (£000)")).Scale);
    }

    [Theory]
    [InlineData(">60%", ">", 60, ValueKind.Percent)]
    [InlineData("<= 5", "<=", 5, ValueKind.Number)]
    [InlineData(">=70%", ">=", 70, ValueKind.Percent)]
    [InlineData("at least 75%", ">=", 75, ValueKind.Percent)]
    [InlineData("3,077", null, 3077, ValueKind.Number)]
    [InlineData("12.5%", null, 12.5, ValueKind.Percent)]
    public void Reads_comparators_percentages_and_counts(string cell, string? op, double number, ValueKind kind)
    {
        var v = ValueParser.Parse(cell);
        Assert.Equal(kind, v.Kind);
        Assert.Equal(op, v.Op);
        Assert.Equal((decimal)number, v.Number);
    }

    [Fact]
    public void Reads_ranges()
    {
        var v = ValueParser.Parse("5-10");
        Assert.Equal(5m, v.Number);
        Assert.Equal(10m, v.High);
        Assert.Equal(20m, ValueParser.Parse("20 to 25%").Number);
    }

    [Theory]
    [InlineData("-", ValueKind.NotApplicable)]
    [InlineData("N/A", ValueKind.NotApplicable)]
    [InlineData("", ValueKind.Blank)]
    [InlineData("  ", ValueKind.Blank)]
    [InlineData("Hay Band C", ValueKind.Text)]
    [InlineData("2022/23", ValueKind.Text)]
    [InlineData("10am", ValueKind.Text)]
    [InlineData("14.01.21", ValueKind.Text)]
    [InlineData("31 st March 2022", ValueKind.Text)]
    public void Tells_blanks_dashes_and_text_from_figures(string cell, ValueKind kind) =>
        Assert.Equal(kind, ValueParser.Parse(cell).Kind);

    [Theory]
    [InlineData("2020/21 Q1", "2020/21 Q1")]
    [InlineData("Q3", "Q3")]
    [InlineData("Final 21/22 £m", "2021/22")]
    [InlineData("at M6 22/23 £m", "2022/23 Month 6")]
    [InlineData("Month 7", "Month 7")]
    [InlineData("Actual (Oct-22)", "Oct-22")]
    [InlineData("Actual YTD", "YTD")]
    [InlineData("Year to date", "YTD")]
    [InlineData("2022 / 23 Budget", "2022/23")]
    [InlineData("Quarter 2", "Q2")]
    [InlineData("Service Name", null)]
    [InlineData("14/01/21", null)]
    public void Finds_periods_in_headers(string header, string? period) =>
        Assert.Equal(period, PeriodParser.Find(header));
}
