using Minutebook.Model;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Extraction;

public class FrontSheetCorpusTests
{
    private static Meeting Summons(string prefix) =>
        Assert.Single(Corpus.Record(Corpus.Text(prefix)).Meetings, m => m.Role == MeetingRole.Agenda);

    private static AgendaItem Item(Meeting m, string number) => Assert.Single(m.AgendaItems, a => a.Number == number);

    [CorpusFact]
    public void Pack_000_summons_the_trafford_health_and_wellbeing_board()
    {
        var m = Summons("000_");
        Assert.Equal("Trafford Council", m.Authority);
        Assert.Equal("Health and Wellbeing Board", m.Body);
        Assert.Equal(new DateOnly(2021, 1, 29), m.Date);
        Assert.Equal(new TimeOnly(10, 0), m.Start);
        Assert.Equal("Virtual Meeting", m.Venue);
        Assert.StartsWith("https://www.youtube.com/", m.Webcast);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "7(a)", "7(b)", "7(c)", "8"], m.AgendaItems.Select(a => a.Number));
        var b = Item(m, "7(b)");
        Assert.Equal("EQUALITIES STRATEGY", b.Title);
        Assert.Equal(new PageRange(21, 56), b.Pages);
        Assert.Equal("To receive a report from the Director of Public Health.", b.Description);
        Assert.Equal(new PageRange(5, 14), Item(m, "4").Pages);
        Assert.Null(Item(m, "1").Pages);
        Assert.Equal("REFRESHING THE HEALTH AND WELLBEING BOARD STRATEGY IN THE LIGHT OF", Item(m, "7").Title);
        Assert.DoesNotContain("Chief Executive", Item(m, "8").Description);
        Assert.Equal(42, b.Source.Line);
    }

    [CorpusFact]
    public void Pack_001_agenda_is_a_pipe_table()
    {
        var m = Summons("001_");
        Assert.Equal("Nottinghamshire County Council", m.Authority);
        Assert.Equal("Adult Social Care and Public Health Committee", m.Body);
        Assert.Equal(new DateOnly(2021, 2, 8), m.Date);
        Assert.Equal(new TimeOnly(10, 30), m.Start);
        Assert.Equal("Virtual meeting", m.Venue);
        Assert.Equal("https://www.youtube.com/user/nottsccl", m.Webcast);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => i.ToString()), m.AgendaItems.Select(a => a.Number));
        Assert.Equal("Adult Social Care and Public Health Department's Digital Strategy for 2021-2024", Item(m, "4").Title);
        Assert.Equal(new PageRange(29, 84), Item(m, "6").Pages);
        Assert.Equal(new PageRange(99, 102), Item(m, "9").Pages);
        Assert.Contains("Disclosable Pecuniary Interests", Item(m, "3").Description);
    }

    [CorpusFact]
    public void Pack_002_agenda_under_markdown_headings()
    {
        var m = Summons("002_");
        Assert.Equal("Cheshire East Council", m.Authority);
        Assert.Equal("Health and Adult Social Care and Communities Overview and Scrutiny Committee", m.Body);
        Assert.Equal(new DateOnly(2021, 1, 14), m.Date);
        Assert.Equal(new TimeOnly(10, 0), m.Start);
        Assert.Equal("Virtual Meeting", m.Venue);
        Assert.Null(m.Webcast); // "Join meeting" is a placeholder link
        Assert.Equal(11, m.AgendaItems.Count);
        var minutes = Item(m, "2");
        Assert.Equal("Minutes of Previous meeting", minutes.Title);
        Assert.Equal(new PageRange(5, 8), minutes.Pages);
        Assert.Equal("To approve the minutes of the meeting held on 3 December 2020.", minutes.Description);
        Assert.Equal(new PageRange(9, 90), Item(m, "6").Pages);
        Assert.Equal("Work Programme", Item(m, "11").Title);
    }

    [CorpusFact]
    public void Pack_003_wirral_style()
    {
        var m = Summons("003_");
        Assert.Equal("Wirral Council", m.Authority);
        Assert.Equal("Wirral Place Based Partnership Board", m.Body);
        Assert.Equal(new DateOnly(2023, 1, 12), m.Date);
        Assert.Equal(new TimeOnly(10, 0), m.Start);
        Assert.Equal("Committee Room 1 - Wallasey Town Hall", m.Venue);
        Assert.Equal("https://wirral.public-i.tv/core/portal/home", m.Webcast);
        Assert.Equal(Enumerable.Range(1, 11).Select(i => i.ToString()), m.AgendaItems.Select(a => a.Number));
        Assert.Equal("MINUTES", Item(m, "4").Title);
        Assert.Equal(new PageRange(1, 6), Item(m, "4").Pages);
        Assert.Equal("2022/23 POOLED FUND FINANCE REPORT TO MONTH 7, SEPTEMBER 2022", Item(m, "10").Title);
        Assert.Equal(new PageRange(195, 200), Item(m, "11").Pages);
    }

    [CorpusFact]
    public void Pack_004_has_no_front_sheet_so_no_summons() =>
        Assert.DoesNotContain(Corpus.Record(Corpus.Text("004_")).Meetings, m => m.Role == MeetingRole.Agenda);
}
