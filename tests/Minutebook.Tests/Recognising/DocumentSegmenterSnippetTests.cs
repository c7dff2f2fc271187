using Minutebook.Recognising;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Recognising;

/// <summary>Packs laid out in other ways than the corpus: boundaries must come from general signs.</summary>
public class DocumentSegmenterSnippetTests
{
    private const string FrontSheet = """
        Mercia City Council

        Adults and Health Scrutiny Panel

        Date: Wednesday 6th March 2024
        Time: 6pm
        Venue: Room 3, Council House

        AGENDA

        1. Apologies
        2. Minutes of the previous meeting (Pages 1 - 2)
        3. Dementia Friendly City (Pages 3 - 6)
        4. Carers Strategy (Pages 7 - 12)

        """;

    private static List<PackDocument> Docs(string text) => Snippet.Context(text).Documents;

    [Fact]
    public void Minutes_header_with_present_then_report_cover_then_outside_document()
    {
        var docs = Docs(FrontSheet + """
            THIS PAGE IS INTENTIONALLY LEFT BLANK

            ADULTS AND HEALTH SCRUTINY PANEL

            Wednesday 7 February 2024

            Present: Councillors Ahmed (Chair), Brown and Clarke

            1. Apologies

            Apologies were received from Councillor Davies.

            The meeting ended at 7.40 pm.

            Chair

            Report to: Adults and Health Scrutiny Panel
            Report of: Director of Adult Social Care
            Subject: Dementia Friendly City

            1. Purpose of report

            This report describes progress towards a dementia friendly city and what partners have done this year.

            2. Recommendations

            That the panel notes the progress.

            This page is intentionally left blank

            Mercia Carers Strategy 2024 - 2028

            Our promise to unpaid carers across the city, written with carers and their families over the last year.
            """);
        Assert.Equal(
            [DocumentKind.AgendaFrontSheet, DocumentKind.Minutes, DocumentKind.Report, DocumentKind.OutsideDocument],
            docs.Select(d => d.Kind));
        Assert.Equal("2", docs[1].AgendaItem);
        Assert.Equal("3", docs[2].AgendaItem);
        Assert.Equal("Dementia Friendly City", docs[2].Title);
        Assert.Equal("4", docs[3].AgendaItem);
        Assert.Equal((1, 2), (docs[1].FirstPage, docs[1].LastPage));
        Assert.Equal(7, docs[3].FirstPage);
    }

    [Fact]
    public void Minutes_of_a_meeting_of_heading_and_a_separately_printed_appendix()
    {
        var docs = Docs(FrontSheet + """
            This page has been intentionally left blank

            Minutes of a meeting of the Adults and Health Scrutiny Panel held on 7 February 2024

            Members present: Councillor Ahmed

            The meeting closed at 8.00 pm

            Page 2

            REPORT TITLE: Dementia Friendly City
            REPORT OF: Director of Adult Social Care

            This report sets out progress.

            This page is intentionally left blank

            Appendix A - Dementia action plan

            Action	Owner	Due
            Train staff	Adult Social Care	June 2024
            """);
        Assert.Equal(
            [DocumentKind.AgendaFrontSheet, DocumentKind.Minutes, DocumentKind.Report, DocumentKind.Appendix],
            docs.Select(d => d.Kind));
        Assert.Equal("3", docs[3].AgendaItem);
        Assert.Equal("Appendix A - Dementia action plan", docs[3].Title);
        // the printed page marker ends the minutes
        Assert.Equal(2, docs[1].LastPage);
    }

    [Fact]
    public void A_report_on_its_own_is_one_report()
    {
        var docs = Docs("""
            Purpose

            This report asks the board to approve the winter plan.

            Recommendation

            That the board approves the plan.
            """);
        var doc = Assert.Single(docs);
        Assert.Equal(DocumentKind.Report, doc.Kind);
    }

    [Fact]
    public void Text_without_any_sign_is_one_other_document()
    {
        var doc = Assert.Single(Docs("Some notes\n\nwith nothing in them\n"));
        Assert.Equal(DocumentKind.Other, doc.Kind);
    }

    [Theory]
    [InlineData("Public Health Annual Report", "PHAR 2019: Combatting Climate Change", true)]
    [InlineData("EQUALITIES STRATEGY", "Corporate Equality Strategy 2021 to 2025", true)]
    [InlineData("Work Programme", "Forward Plan", false)]
    [InlineData("Carers Strategy", "Strategy", false)]
    public void Title_match(string item, string heading, bool matches) =>
        Assert.Equal(matches, TitleMatch.Score(item, heading) >= 0.5);
}

public class DocumentSegmenterMarkerTests
{
    [Fact]
    public void Agenda_item_mentioned_in_prose_is_not_a_report_cover()
    {
        var docs = Snippet.Context("""
            HEALTH SCRUTINY COMMITTEE

            12 June 2024

            PRESENT

            Councillor Smith (Chair)

            1. MINUTES

            The Chair left the meeting during agenda item 4 and the Vice-Chair presided.
            Agenda item 5 was deferred to the next meeting.

            2. WORK PROGRAMME

            RESOLVED: That the work programme be noted.
            """).Documents;
        var doc = Assert.Single(docs);
        Assert.Equal(DocumentKind.Minutes, doc.Kind);
    }

    [Fact]
    public void Agenda_item_label_on_its_own_line_starts_a_report_after_the_minutes()
    {
        var docs = Snippet.Context("""
            HEALTH SCRUTINY COMMITTEE

            12 June 2024

            Councillors present: Smith (Chair), Jones

            1. MINUTES

            Resolved – That the minutes be approved.

            Agenda Item 6

            Report of the Director of Public Health

            Oral health of young children

            This report describes the oral health of children under five.
            """).Documents;
        Assert.Equal([DocumentKind.Minutes, DocumentKind.Report], docs.Select(d => d.Kind));
        Assert.Equal("6", docs[1].AgendaItem);
        Assert.Equal("Oral health of young children", docs[1].Title);
    }
}
