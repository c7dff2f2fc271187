using Minutebook.Extraction.Text;

namespace Minutebook.Tests.Extraction;

public class DateTimeTextTests
{
    [Theory]
    [InlineData("Friday, 29 January 2021", 2021, 1, 29)]
    [InlineData("Date: Tuesday 3rd March 2020", 2020, 3, 3)]
    [InlineData("Thursday, 14th January, 2021", 2021, 1, 14)]
    [InlineData("12th JANUARY 2023", 2023, 1, 12)]
    [InlineData("held on 29/01/2021 at the Town Hall", 2021, 1, 29)]
    [InlineData("29.01.21", 2021, 1, 29)]
    [InlineData("Wed 4 Sept 2024", 2024, 9, 4)]
    [InlineData("January 29, 2021", 2021, 1, 29)]
    [InlineData("2021-01-29", 2021, 1, 29)]
    [InlineData("Monday, 08 February 2021 at 10:30", 2021, 2, 8)]
    public void Reads_british_dates(string text, int y, int m, int d)
    {
        Assert.True(DateText.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("Budget of £29.01m")]
    [InlineData("31 February 2021")]
    [InlineData("Item 7 pages 21 - 56")]
    [InlineData("")]
    public void Rejects_what_is_not_a_date(string text) => Assert.False(DateText.TryParse(text, out _));

    [Theory]
    [InlineData("Time: 10.00 a.m.", 10, 0)]
    [InlineData("2.00 pm", 14, 0)]
    [InlineData("commencing at 2pm", 14, 0)]
    [InlineData("10:00", 10, 0)]
    [InlineData("Time:\t14:30", 14, 30)]
    [InlineData("12 noon", 12, 0)]
    [InlineData("12.30 p.m.", 12, 30)]
    [InlineData("12.15am", 0, 15)]
    [InlineData("Monday, 08 February 2021 at 10:30", 10, 30)]
    public void Reads_clock_times(string text, int h, int m)
    {
        Assert.True(TimeText.TryParse(text, out var time));
        Assert.Equal(new TimeOnly(h, m), time);
    }

    [Theory]
    [InlineData("£10.00 per head")]
    [InlineData("paragraph 10.00")]
    [InlineData("25:99")]
    public void Rejects_what_is_not_a_time(string text) => Assert.False(TimeText.TryParse(text, out _));

    [Fact]
    public void Finds_every_time_in_a_closing_line()
    {
        var times = TimeText.FindAll("The meeting commenced at 10.00 am and finished at 11.45 am").Select(t => t.Time).ToList();
        Assert.Equal([new TimeOnly(10, 0), new TimeOnly(11, 45)], times);
    }

    [Theory]
    [InlineData("TRAFFORD COUNCIL", "Trafford Council")]
    [InlineData("Nottinghamshire County Council", "Nottinghamshire County Council")]
    [InlineData("London Borough of Barnet", "London Borough of Barnet")]
    [InlineData("CITY OF YORK COUNCIL", "City of York Council")]
    public void Recognises_an_authority_line(string line, string expected)
    {
        Assert.True(CouncilName.TryParseLine(line, out var name));
        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("The Council")]
    [InlineData("County Council")]
    [InlineData("To note the decision of the Council")]
    public void Generic_councils_are_not_names(string line)
    {
        Assert.False(CouncilName.TryParseLine(line, out _));
        Assert.False(CouncilName.TryFind(line, out _));
    }

    [Fact]
    public void Finds_the_authority_inside_a_sentence_and_the_most_frequent_one()
    {
        Assert.True(CouncilName.TryFind("Part 1 items of Cheshire East Council decision making meetings are recorded", out var name));
        Assert.Equal("Cheshire East Council", name);
        Assert.Equal("Barsetshire County Council", CouncilName.MostFrequent([
            "funding allotted to Barsetshire County Council as part of", "the County Council agreed",
            "Barsetshire County Council has been allocated", "a letter from Wessex Council"]));
    }

    [Theory]
    [InlineData("AGENDA PAPERS FOR HEALTH AND WELLBEING BOARD", "Health and Wellbeing Board")]
    [InlineData("Meeting of the Adult Social Care and Public Health Committee", "Adult Social Care and Public Health Committee")]
    [InlineData("Cabinet", "Cabinet")]
    [InlineData("Health Scrutiny Sub-Committee - 3 March 2020", "Health Scrutiny Sub-Committee")]
    public void Recognises_a_body_name(string line, string expected)
    {
        Assert.True(BodyName.TryParseLine(line, out var body));
        Assert.Equal(expected, body);
    }

    [Theory]
    [InlineData("Membership of the Committee")]
    [InlineData("To receive a report from the Board")]
    [InlineData("Trafford Council")]
    public void Not_a_body_name(string line) => Assert.False(BodyName.TryParseLine(line, out _));
}
