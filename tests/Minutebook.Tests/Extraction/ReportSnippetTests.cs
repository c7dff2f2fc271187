using Minutebook.Model;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Extraction;

/// <summary>Reports in house styles other than the corpus': the rules are about report conventions, not one council.</summary>
public class ReportSnippetTests
{
    private static Report OnlyReport(string text)
    {
        var record = Snippet.Record(text);
        return Assert.Single(record.Reports);
    }

    [Fact]
    public void Purpose_of_report_and_cabinet_is_asked_to_with_lettered_list()
    {
        var r = OnlyReport("""
            CABINET – 3 APRIL 2024
            Report of the Executive Director of Place
            HOUSING ALLOCATIONS POLICY REVIEW

            Purpose of Report
            1.1 This report seeks approval of a revised housing allocations policy following consultation. It also sets out the results of the consultation.

            The Cabinet is asked to:
            (a) approve the revised Housing Allocations Policy at Appendix A;
            (b) delegate minor changes to the Director of Housing; and
            (c) note the consultation results.

            2. Background
            2.1 The current policy dates from 2015.

            Contact Officer: Jane Doe, Head of Policy
            Tel: 01234 567890
            Email: jane.doe@example.gov.uk
            """);
        Assert.Equal("HOUSING ALLOCATIONS POLICY REVIEW", r.Title);
        Assert.Equal("Executive Director of Place", r.Author);
        Assert.Equal("This report seeks approval of a revised housing allocations policy following consultation. It also sets out the results of the consultation.", r.Summary);
        Assert.Equal(["approve the revised Housing Allocations Policy at Appendix A",
                      "delegate minor changes to the Director of Housing",
                      "note the consultation results."], r.Recommendations);
        var c = Assert.Single(r.Contacts);
        Assert.Equal(("Jane Doe", "Head of Policy", "jane.doe@example.gov.uk", "01234 567890"), (c.Name, c.Role, c.Email, c.Phone));
        Assert.Equal("Jane Doe, Head of Policy, jane.doe@example.gov.uk, 01234 567890", r.Contact);
    }

    [Fact]
    public void Report_to_heading_roman_numerals_and_officer_labels()
    {
        var r = OnlyReport("""
            Agenda Item 7(b)

            Report to: Northshire Health and Wellbeing Board
            Date: 12 March 2024

            Joint Strategic Needs Assessment: Annual Summary

            Responsible Director: Dr Amir Khan, Director of Public Health
            Report Author: Lucy Green, JSNA Lead (lucy.green@northshire.example)

            Executive Summary
            The JSNA describes the health needs of the county's population. This year's summary highlights rising rates of childhood obesity.

            Recommendations
            It is recommended that the Board:
            i. notes the annual summary of the JSNA;
            ii. agrees the three priorities for the coming year; and
            iii. asks partners to use the JSNA in their commissioning plans.

            Reasons for recommendations
            The Board has a statutory duty to prepare a JSNA.
            """);
        Assert.Equal("7(b)", r.AgendaItem);
        Assert.Equal("Joint Strategic Needs Assessment: Annual Summary", r.Title);
        Assert.Equal("Dr Amir Khan, Director of Public Health", r.Author);
        Assert.StartsWith("The JSNA describes the health needs", r.Summary);
        Assert.Equal(["notes the annual summary of the JSNA",
                      "agrees the three priorities for the coming year",
                      "asks partners to use the JSNA in their commissioning plans."], r.Recommendations);
        var c = Assert.Single(r.Contacts);
        Assert.Equal(("Lucy Green", "JSNA Lead", "lucy.green@northshire.example"), (c.Name, c.Role, c.Email));
    }

    [Fact]
    public void Pdf_like_cover_with_wrapped_lines_and_recommendations_printed_twice()
    {
        var r = OnlyReport("""
            From:          Jane Smith, Cabinet Member for Adult Social Care,
                           Richard Roe, Corporate Director Adult Social Care

            To:            Cabinet, 6 February 2025

            Decision No:   25/00012

            Subject:       Extension of the Home Care Framework
                           Contract

            Classification: Unrestricted

            Summary: The home care framework ends in March 2025. This report proposes a
            twelve month extension while a new model is designed.

            Recommendation(s):
            Cabinet is asked to:
            a) AGREE a twelve month extension of the Home Care Framework to
               31 March 2026; and
            b) DELEGATE authority to the Corporate Director to award call-off contracts.

            1. Introduction
            1.1 The framework was let in 2021.

            7. Recommendation(s)
            7.1 Cabinet is asked to:
            a) AGREE a twelve month extension of the Home Care Framework to 31 March 2026; and
            b) DELEGATE authority to the Corporate Director to award call-off contracts.

            8. Contact details
            Report Author
            Sam Patel
            Commissioning Manager
            03000 416000
            sam.patel@county.example
            """);
        Assert.Equal("Extension of the Home Care Framework Contract", r.Title);
        Assert.Equal("Jane Smith, Cabinet Member for Adult Social Care; Richard Roe, Corporate Director Adult Social Care", r.Author);
        Assert.Equal("25/00012", r.DecisionNumber);
        Assert.Equal("The home care framework ends in March 2025. This report proposes a twelve month extension while a new model is designed.", r.Summary);
        Assert.Equal(["AGREE a twelve month extension of the Home Care Framework to 31 March 2026",
                      "DELEGATE authority to the Corporate Director to award call-off contracts."], r.Recommendations);
        var c = Assert.Single(r.Contacts);
        Assert.Equal(("Sam Patel", "Commissioning Manager", "sam.patel@county.example", "03000 416000"), (c.Name, c.Role, c.Email, c.Phone));
    }

    [Fact]
    public void A_single_it_is_recommended_sentence_without_a_heading()
    {
        var r = OnlyReport("""
            Title: Winter Pressures Update
            Lead Officer: Chief Operating Officer

            Purpose of the paper
            To update the Board on winter pressures across the system.

            It is recommended that the Board notes the winter pressures update and the actions being taken.
            """);
        Assert.Equal("Winter Pressures Update", r.Title);
        Assert.Equal("Chief Operating Officer", r.Author);
        Assert.Equal("To update the Board on winter pressures across the system.", r.Summary);
        Assert.Equal(["It is recommended that the Board notes the winter pressures update and the actions being taken."], r.Recommendations);
    }

    [Fact]
    public void Bulleted_recommendations_after_members_are_requested_to()
    {
        var r = OnlyReport("""
            REPORT TITLE: Dementia Strategy Refresh
            REPORT OF: Director of Adult Social Services

            SUMMARY
            The dementia strategy has been refreshed with people living with dementia and their carers.

            RECOMMENDATIONS
            Members are requested to:
            • endorse the refreshed strategy;
            • note the engagement plan.

            Background
            The first strategy ran from 2019 to 2023.
            """);
        Assert.Equal("Dementia Strategy Refresh", r.Title);
        Assert.Equal("Director of Adult Social Services", r.Author);
        Assert.Equal(["endorse the refreshed strategy", "note the engagement plan."], r.Recommendations);
    }

    [Fact]
    public void Sub_items_stay_inside_the_recommendation_they_complete()
    {
        var r = OnlyReport("""
            Report Summary
            The priorities for 2024/25 are proposed.

            Recommendations
            That the Board:
            1. agrees the following priorities for 2024/25:
               a) healthy weight;
               b) mental wellbeing;
            2. notes the delivery plan.
            """);
        Assert.Equal(["agrees the following priorities for 2024/25: a) healthy weight; b) mental wellbeing",
                      "notes the delivery plan."], r.Recommendations);
        Assert.Null(r.Title);
    }

    [Fact]
    public void Cover_printed_as_glued_bold_runs()
    {
        var r = OnlyReport("""
            8 March 2024**Agenda Item: 6****REPORT OF THE DIRECTOR OF HOUSING****HOMELESSNESS
            STRATEGY 2024-2029****Purpose of the Report**

            1. To seek approval of the homelessness strategy.

            RECOMMENDATION/S

            1) That the strategy be approved.

            Ann Other
            Director of Housing
            """);
        Assert.Equal("6", r.AgendaItem);
        Assert.Equal("DIRECTOR OF HOUSING", r.Author);
        Assert.Equal("HOMELESSNESS STRATEGY 2024-2029", r.Title);
        Assert.Equal("To seek approval of the homelessness strategy.", r.Summary);
        Assert.Equal(["That the strategy be approved."], r.Recommendations);
    }

    [Fact]
    public void A_table_headed_recommendation_lists_one_per_row()
    {
        var r = OnlyReport("""
            Report Title: Annual Public Health Report

            Recommendation	Lead	Timescale
            1 Eat more vegetables	Public Health	2025
            2 Walk to school	Schools	2026

            Appendix 1
            """);
        Assert.Equal(["Eat more vegetables", "Walk to school"], r.Recommendations);
    }

    [Fact]
    public void Signature_names_the_author_when_the_cover_does_not()
    {
        var r = OnlyReport("""
            Purpose of the Report
            To note the quarterly performance of the sexual health service.

            Recommendation
            The Committee notes the performance of the service.

            Priya Shah
            Consultant in Public Health
            """);
        Assert.Equal("Priya Shah, Consultant in Public Health", r.Author);
        Assert.Equal(["The Committee notes the performance of the service."], r.Recommendations);
    }

    [Fact]
    public void A_value_wrapped_mid_phrase_reads_on_and_a_second_printing_adds_nothing()
    {
        var r = OnlyReport("""
            From:          Deputy Leader and Cabinet Member for Finance, Corporate and
                           Traded Services, Pat Jones
                           Corporate Director Finance, Sam Lee

            Subject:       Budget Monitoring – Quarter 3

            Recommendations:
            a) NOTE the forecast overspend of £2.1m.
            b) AGREE the capital budget changes.

            6. Recommendations
            a) NOTE the forecast overspend of £2.1m.
            b) AGREE the capital budget changes.
            c) NOTE the reserves position.
            """);
        Assert.Equal("Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services, Pat Jones; Corporate Director Finance, Sam Lee", r.Author);
        Assert.Equal("Budget Monitoring – Quarter 3", r.Title);
        Assert.Equal(["NOTE the forecast overspend of £2.1m.", "AGREE the capital budget changes.", "NOTE the reserves position."], r.Recommendations);
    }
}
