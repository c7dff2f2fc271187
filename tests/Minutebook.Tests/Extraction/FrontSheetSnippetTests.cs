using Minutebook.Model;
using Minutebook.Recognising;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Extraction;

/// <summary>Front sheets laid out as other councils do: the rules must not depend on the corpus's layouts.</summary>
public class FrontSheetSnippetTests
{
    private static Meeting Summons(string text) => Assert.Single(Snippet.Record(text).Meetings, m => m.Role == MeetingRole.Agenda);

    [Fact]
    public void Labelled_fields_with_ordinal_dates_and_compact_times()
    {
        var m = Summons("""
            LONDON BOROUGH OF BARNET

            CABINET

            Date: Tuesday 3rd March 2020
            Time: 2:00pm
            Venue: Committee Room 2, Hendon Town Hall, The Burroughs, NW4 4BG

            AGENDA

            Item 1 Apologies for absence
            Item 2 Minutes of the last meeting (Page 1)
            Item 3 Local Plan Review (Pages 3 to 40)
            This report sets out the consultation responses.
            Item 4 Any other business
            """);
        Assert.Equal("London Borough of Barnet", m.Authority);
        Assert.Equal("Cabinet", m.Body);
        Assert.Equal(new DateOnly(2020, 3, 3), m.Date);
        Assert.Equal(new TimeOnly(14, 0), m.Start);
        Assert.Equal("Committee Room 2, Hendon Town Hall, The Burroughs, NW4 4BG", m.Venue);
        Assert.Null(m.Webcast);
        Assert.Equal(["1", "2", "3", "4"], m.AgendaItems.Select(a => a.Number));
        Assert.Equal(new PageRange(1, 1), m.AgendaItems[1].Pages);
        Assert.Equal("Local Plan Review", m.AgendaItems[2].Title);
        Assert.Equal(new PageRange(3, 40), m.AgendaItems[2].Pages);
        Assert.Equal("This report sets out the consultation responses.", m.AgendaItems[2].Description);
    }

    [Fact]
    public void Decimal_sub_items_and_lettered_sub_items_without_brackets()
    {
        var m = Summons("""
            Notice of a meeting of the Integrated Care Partnership Board
            Wednesday 15 May 2024 at 9.30 a.m.
            Council Chamber, Civic Centre, Anytown

            Agenda

            1. Welcome and apologies
            2. Declarations of interest
            3. Performance
            3.1 Quarterly performance report (Pages 5 - 16)
            3.2 Winter plan update (Pages 17 - 22)
            4a Urgent care review
            4b Mental health crisis pathway
            5. Date of next meeting
            """);
        Assert.Equal("Integrated Care Partnership Board", m.Body);
        Assert.Equal(new DateOnly(2024, 5, 15), m.Date);
        Assert.Equal(new TimeOnly(9, 30), m.Start);
        Assert.Equal("Council Chamber, Civic Centre, Anytown", m.Venue);
        Assert.Equal(["1", "2", "3", "3.1", "3.2", "4a", "4b", "5"], m.AgendaItems.Select(a => a.Number));
        Assert.Equal(new PageRange(17, 22), m.AgendaItems[4].Pages);
        Assert.Equal("Winter plan update", m.AgendaItems[4].Title);
    }

    [Fact]
    public void Tab_separated_agenda_with_a_pages_column_and_a_webcast_sentence()
    {
        var m = Summons(
            "Borsetshire County Council\n\nHealth Overview and Scrutiny Committee\n\n" +
            "Thursday, 2 November 2023 at 10:00\n\nShire Hall, Borchester\n\n" +
            "This meeting will be streamed live on the Council's channel:\nhttps://example.org/hosc-live\n\n" +
            "AGENDA\n\n" +
            "1\tApologies\t\n" +
            "2\tMinutes of the meeting held on 7 September 2023\t1 - 8\n" +
            "3\tDental access in rural areas\t9 - 20\n" +
            "To consider a report of the Integrated Care Board.\t\t\n");
        Assert.Equal("Borsetshire County Council", m.Authority);
        Assert.Equal("Health Overview and Scrutiny Committee", m.Body);
        Assert.Equal(new TimeOnly(10, 0), m.Start);
        Assert.Equal("Shire Hall, Borchester", m.Venue);
        Assert.Equal("https://example.org/hosc-live", m.Webcast);
        Assert.Equal(["1", "2", "3"], m.AgendaItems.Select(a => a.Number));
        Assert.Equal(new PageRange(9, 20), m.AgendaItems[2].Pages);
        Assert.Equal("To consider a report of the Integrated Care Board.", m.AgendaItems[2].Description);
    }

    [Fact]
    public void Pipe_table_sub_item_rows_and_line_breaks_in_cells()
    {
        var m = Summons("""
            # Wessex Joint Committee

            **Date:** Monday, 1st July, 2024

            **Time:** 6.30 pm

            | | | |
            |---|---|---|
            | 1 | Apologies | |
            | 2 | Budget<br>To agree the budget for 2024/25. | 1 - 10 |
            | | (a) Capital programme | 11 - 14 |
            | 3 | Any other business | |
            """);
        Assert.Equal("Wessex Joint Committee", m.Body);
        Assert.Equal(new TimeOnly(18, 30), m.Start);
        Assert.Equal(["1", "2", "2(a)", "3"], m.AgendaItems.Select(a => a.Number));
        Assert.Equal("Budget", m.AgendaItems[1].Title);
        Assert.Equal("To agree the budget for 2024/25.", m.AgendaItems[1].Description);
        Assert.Equal(new PageRange(11, 14), m.AgendaItems[2].Pages);
    }

    [Fact]
    public void Numbered_notes_and_paragraphs_out_of_sequence_are_not_items()
    {
        var m = Summons("""
            Health and Wellbeing Board
            Date: 5 June 2024
            AGENDA
            1. Apologies
            2. Minutes (Pages 1 - 4)
            Notes
            (1) Members of the public may attend.
            7. Paragraph seven of the standing orders applies.
            """);
        Assert.Equal(["1", "2"], m.AgendaItems.Select(a => a.Number));
    }

    [Fact]
    public void A_pack_without_a_front_sheet_summons_no_meeting()
    {
        var record = Snippet.Record("""
            Summary

            This report updates the committee on the locality plan.

            Recommendations

            1. That the report is noted.
            2. That the plan is refreshed.
            """);
        Assert.DoesNotContain(record.Meetings, m => m.Role == MeetingRole.Agenda);
    }
}
