using Minutebook.Tests.Support;

namespace Minutebook.Tests.Pdf;

/// <summary>Front-sheet habits of printed (PDF) papers, in layouts other than the corpus.</summary>
public class FrontSheetPrintedStyleTests
{
    [Fact]
    public void Contact_labels_beside_the_venue_are_cut_and_a_broken_venue_is_joined()
    {
        var record = Snippet.Record("""
            AGENDA

            HEALTH SCRUTINY PANEL

            Monday, 3rd March, 2025, at 2.00 pm Ask for: J Smith

            Town Hall, Market Square, Telephone: 01234 567890

            Northtown Email: j.smith@example.gov.uk

            1. Apologies

            2. Minutes of the last meeting (Pages 1 - 4)
            """);
        var meeting = Assert.Single(record.Meetings);
        Assert.Equal(new DateOnly(2025, 3, 3), meeting.Date);
        Assert.Equal("Town Hall, Market Square, Northtown", meeting.Venue);
    }

    [Fact]
    public void The_date_of_the_announced_meeting_beats_the_date_the_summons_was_sent()
    {
        var record = Snippet.Record("""
            Friday, 28 February 2025

            A special meeting of the Health Scrutiny Panel will be held in Committee Room 2 on Tuesday, 11th March, 2025 at 6.30 pm to consider the following business.

            AGENDA

            1. Apologies for absence

            2. Hospital discharge (Pages 1 - 12)
            """);
        var meeting = Assert.Single(record.Meetings);
        Assert.Equal(new DateOnly(2025, 3, 11), meeting.Date);
        Assert.Equal(new TimeOnly(18, 30), meeting.Start);
    }
}
