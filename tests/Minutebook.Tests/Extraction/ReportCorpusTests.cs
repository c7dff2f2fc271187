using Minutebook.Model;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Extraction;

/// <summary>The reports of the five corpus packs, each in its council's house style.</summary>
public class ReportCorpusTests
{
    private static Report ReportTitled(string pack, string titleStart)
    {
        var record = Corpus.Record(Corpus.Text(pack));
        var found = record.Reports.Where(r => r.Title is not null && r.Title.StartsWith(titleStart, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(found.Count == 1, $"expected one report titled '{titleStart}…' in {pack}, found {found.Count}: "
            + string.Join(" | ", record.Reports.Select(r => r.Title)));
        return found[0];
    }

    // ---- 000: Trafford, papers printed as they are; the agenda says "To receive a report from the Director of Public Health"

    [CorpusFact]
    public void Trafford_strategy_paper_names_its_lead()
    {
        var r = ReportTitled("000_", "Trafford Health and Wellbeing Strategy");
        Assert.Equal("7", r.AgendaItem);
        Assert.Equal("Eleanor Roaf, Director of Public Health (Interim)", r.Author);
    }

    [CorpusFact]
    public void Trafford_annual_report_lists_its_recommendations_from_a_table_and_the_bullets_after_it()
    {
        var r = ReportTitled("000_", "PHAR 2019");
        Assert.Equal("7(a)", r.AgendaItem);
        Assert.Equal("Director of Public Health", r.Author);   // from the agenda: "To receive a report from the Director of Public Health."
        Assert.Equal(11, r.Recommendations.Count);
        Assert.StartsWith("Understand your carbon footprint", r.Recommendations[0]);
        Assert.Equal("Refuse, reduce, re-use, repurpose and recycle – in that order", r.Recommendations[1]);
        Assert.StartsWith("Improve energy efficiency", r.Recommendations[7]);
        Assert.StartsWith("Buy fewer, higher quality clothes", r.Recommendations[10]);
    }

    [CorpusFact]
    public void Trafford_presentation_is_not_a_report()
    {
        var record = Corpus.Record(Corpus.Text("000_"));
        Assert.Contains(record.Reports, r => r.AgendaItem == "7(b)" && r.Title == "Corporate Equality Strategy 2021 to 2025");
        Assert.DoesNotContain(record.Reports, r => r.AgendaItem == "7(c)");   // "To receive a presentation"
        Assert.DoesNotContain(record.Reports, r => r.AgendaItem is "2" or "3" or "4");
    }

    // ---- 001: Nottinghamshire, "REPORT OF ..." cover glued in bold runs, "RECOMMENDATION/S", "That Committee:"

    [CorpusFact]
    public void Nottinghamshire_digital_strategy_report()
    {
        var r = ReportTitled("001_", "ADULT SOCIAL CARE AND PUBLIC HEALTH DEPARTMENT'S DIGITAL STRATEGY");
        Assert.Equal("ADULT SOCIAL CARE AND PUBLIC HEALTH DEPARTMENT'S DIGITAL STRATEGY FOR 2021-2024", r.Title);
        Assert.Equal("4", r.AgendaItem);
        Assert.Equal("DIRECTOR FOR TRANSFORMATION AND SERVICE IMPROVEMENT", r.Author);
        Assert.StartsWith("The purpose of this report is to seek approval", r.Summary);
        Assert.Equal(3, r.Recommendations.Count);
        Assert.StartsWith("approves the proposed approach, themes and principles", r.Recommendations[0]);
        Assert.StartsWith("gives permission for the engagement", r.Recommendations[1]);
        Assert.StartsWith("agrees to receive a report on the co-produced Digital Strategy", r.Recommendations[2]);
        Assert.DoesNotContain(r.Recommendations, x => x.StartsWith("That Committee", StringComparison.Ordinal));
        var c = Assert.Single(r.Contacts);
        Assert.Equal("Jennifer Allen", c.Name);
        Assert.Equal("Strategic Development Manager", c.Role);
        Assert.Equal("jennifer.allen@nottsgov.uk", c.Email);
        Assert.Equal("0115 9772052", c.Phone);
    }

    [CorpusFact]
    public void Nottinghamshire_lead_in_without_colon_is_not_a_recommendation()
    {
        var r = ReportTitled("001_", "DEVELOPMENT OF INTEGRATED CARE SYSTEMS IN NOTTINGHAMSHIRE");
        Assert.Equal("DEVELOPMENT OF INTEGRATED CARE SYSTEMS IN NOTTINGHAMSHIRE AND NATIONAL CONSULTATION RESPONSE", r.Title);
        Assert.Equal("6", r.AgendaItem);
        Assert.Equal("CORPORATE DIRECTOR, ADULT SOCIAL CARE AND HEALTH", r.Author);
        Assert.Equal(3, r.Recommendations.Count);
        Assert.StartsWith("reviews the progress made", r.Recommendations[0]);
        Assert.StartsWith("endorses the County Council's response", r.Recommendations[2]);
    }

    [CorpusFact]
    public void Nottinghamshire_report_without_cover_mark_takes_its_author_from_the_signature()
    {
        var r = ReportTitled("001_", "PUBLIC HEALTH PERFORMANCE AND QUALITY REPORT");
        Assert.EndsWith("1 JULY 2020 TO 30 SEPTEMBER 2020", r.Title);
        Assert.Equal("7", r.AgendaItem);   // linked by the segmenter
        Assert.Equal("Jonathan Gribbin, Director of Public Health", r.Author);
        var rec = Assert.Single(r.Recommendations);
        Assert.StartsWith("The Adult Social Care and Public Health Committee considers whether", rec);
        Assert.Equal("Nathalie Birkett", r.Contacts[0].Name);
        Assert.Equal("nathalie.birkett@nottsc.gov.uk", r.Contacts[0].Email);
    }

    [CorpusFact]
    public void Nottinghamshire_recommendation_with_a_table_keeps_the_table_and_not_the_signature()
    {
        var r = ReportTitled("001_", "BETTER CARE FUND DEMENTIA PROJECT");
        Assert.Equal("8", r.AgendaItem);
        Assert.Equal("DIRECTOR OF PUBLIC HEALTH", r.Author);
        var rec = Assert.Single(r.Recommendations);
        Assert.StartsWith("gives approval for the establishment of the following temporary Public Health post:", rec);
        Assert.Contains("Public Health Support Officer", rec);
        Assert.Contains("£38,143", rec);
        Assert.DoesNotContain("Jonathan Gribbin", rec);
    }

    [CorpusFact]
    public void Nottinghamshire_work_programme_has_an_inline_contact()
    {
        var r = ReportTitled("001_", "WORK PROGRAMME");
        Assert.Equal("9", r.AgendaItem);
        Assert.Equal("That the committee considers whether any amendments are required to the work programme.", Assert.Single(r.Recommendations));
        var c = Assert.Single(r.Contacts);
        Assert.Equal("Jo Toomey", c.Name);
        Assert.Equal("jo.toomey@nottscg.gov.uk", c.Email);
    }

    // ---- 002: Cheshire East, "**Report Title:**", "Senior Officer", "## 1. Report Summary", "## 2. Recommendations"

    [CorpusFact]
    public void Cheshire_East_reports_have_titles_officers_and_contacts()
    {
        var r = ReportTitled("002_", "Emerging Futures");
        Assert.Equal("Emerging Futures: Housing Related Support", r.Title);
        Assert.StartsWith("Frank Jordan, Executive Director of Place and Deputy Chief Executive; Mark Palethorpe", r.Author);
        Assert.StartsWith("Emerging Futures CIC is a not for profit organisation", r.Summary);
        Assert.True(r.Summary!.Length <= 600);
        Assert.StartsWith("To review and explore the Housing Related Support", Assert.Single(r.Recommendations));
        Assert.Equal(["Hayden Duncan", "Karen Carsberg", "Shelley Brough"], r.Contacts.Select(c => c.Name));
        Assert.Equal("Head of Housing", r.Contacts[1].Role);
        Assert.Equal("karen.carsberg@cheshireeast.gov.uk", r.Contacts[1].Email);
    }

    [CorpusFact]
    public void Cheshire_East_lead_in_with_its_own_number_is_dropped()
    {
        // "2.1. The committee is asked to:" then "2.1.1. Note ..." and "2.1.2. Review ..."
        var r = ReportTitled("002_", "Adult Social Care COVID-19 Update");
        Assert.Equal("Mark Palethorpe - Executive Director of People", r.Author);
        Assert.Equal(["Note the actions undertaken.", "Review and scrutinise plans to continue to support care provision in Cheshire East due to the Covid-19 pandemic."], r.Recommendations);
        Assert.Equal("Nichola Thompson", Assert.Single(r.Contacts).Name);
    }

    [CorpusFact]
    public void Cheshire_East_budget_consultation_has_two_recommendations()
    {
        var r = ReportTitled("002_", "Medium Term Financial Strategy");
        Assert.Equal(2, r.Recommendations.Count);
        Assert.StartsWith("Review the consultation information approved by Cabinet", r.Recommendations[0]);
        Assert.StartsWith("Provide feedback on the proposals to Cabinet", r.Recommendations[1]);
        Assert.Equal("Alex Thompson", Assert.Single(r.Contacts).Name);
    }

    // ---- 003: Wirral, "REPORT TITLE:\t", "REPORT OF:\t", "REPORT SUMMARY", "RECOMMENDATION/S", "REPORT AUTHOR:"

    [CorpusFact]
    public void Wirral_reports_read_their_tabbed_cover()
    {
        var r = ReportTitled("003_", "PLACE DIRECTOR OBJECTIVES UPDATE");
        Assert.Equal("PLACE DIRECTOR (WIRRAL), NHS CHESHIRE AND MERSEYSIDE", r.Author);
        Assert.StartsWith("NHS Cheshire and Merseyside's Chief Executive asked each of the nine Place Directors", r.Summary);
        Assert.Equal("The Wirral Place Based Partnership Board is recommended to note the progress against these objectives and receive quarterly progress reports on their delivery.",
            Assert.Single(r.Recommendations));
        var c = Assert.Single(r.Contacts);
        Assert.Equal("Simon Banks", c.Name);
        Assert.Equal("Place Director (Wirral), NHS Cheshire and Merseyside", c.Role);
        Assert.Equal("simon.banks@cheshireandmerseyside.nhs.uk", c.Email);
    }

    [CorpusFact]
    public void Wirral_numbered_recommendations_after_a_lead_in()
    {
        var r = ReportTitled("003_", "PLACE REVIEW MEETINGS");
        Assert.Equal("9", r.AgendaItem);
        Assert.Equal(["Notes the presentation that was given at the Place Review Meeting on 24th October 2022.",
                      "Notes the feedback from NHS Cheshire and Merseyside following the Place Review Meeting.",
                      "Requests an update on the actions taken in response to this feedback."], r.Recommendations);
    }

    [CorpusFact]
    public void Wirral_recommendation_continued_in_a_second_paragraph_stays_one()
    {
        var r = ReportTitled("003_", "PLACE PARTNERSHIP BRIEFING");
        Assert.Equal(2, r.Recommendations.Count);
        Assert.StartsWith("Endorse the ten key principles", r.Recommendations[0]);
        Assert.EndsWith("statutory guidance.", r.Recommendations[0]);
        Assert.Equal("Provide feedback and comments on the draft Public Engagement Framework", r.Recommendations[1]);
        Assert.Equal("Michael Chantler", Assert.Single(r.Contacts).Name);
    }

    [CorpusFact]
    public void Wirral_pooled_fund_report_has_two_contacts()
    {
        var r = ReportTitled("003_", "2022/23 POOLED FUND FINANCE REPORT TO MONTH 7");
        Assert.StartsWith("ASSOCIATE DIRECTOR OF FINANCE", r.Author);
        Assert.Equal(2, r.Recommendations.Count);
        Assert.StartsWith("Note the forecast position for the Pool at Month 7", r.Recommendations[0]);
        Assert.Equal(["Louise Morris", "Sara Morris"], r.Contacts.Select(c => c.Name));
        Assert.Equal("saramorris@wirral.gov.uk", r.Contacts[1].Email);
    }

    [CorpusFact]
    public void Wirral_prints_six_reports_with_recommendations()
    {
        var record = Corpus.Record(Corpus.Text("003_"));
        var titles = record.Reports.Where(r => r.Recommendations.Count > 0).Select(r => r.Title).ToList();
        Assert.Contains("WIRRAL DELIVERY PLAN – DELIVERY UPDATE", titles);
        Assert.Contains("WIRRAL PLACE BASED PARTNERSHIP WORK PROGRAMME", titles);
        Assert.True(titles.Count >= 6, string.Join(" | ", titles));
    }

    // ---- 004: a single report, no meeting, recommendations printed twice (1-3, then again as 4-6)

    [CorpusFact]
    public void Single_report_lists_its_recommendations_once()
    {
        var record = Corpus.Record(Corpus.Text("004_"));
        var r = Assert.Single(record.Reports, x => x.Recommendations.Count > 0);
        Assert.Equal(["That the report is noted and commented on.",
                      "Trafford Locality plan refresh to be made available to the Committee.",
                      "That we return to update in 6 months’ time on the same points."], r.Recommendations);
        Assert.StartsWith("This report provides an update on pertinent developments since the launch of the Trafford Together Locality Plan", r.Summary);
        Assert.Equal(["Emma Brown", "Tom Maloney"], r.Contacts.Select(c => c.Name));
        Assert.Equal("Director of Adults (Social Care)", r.Contacts[0].Role);
        Assert.True(r.Source.Line <= 5);
    }
}
