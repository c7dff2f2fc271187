using Minutebook.Checking;
using Minutebook.Extraction;
using Minutebook.Model;
using Minutebook.Reading;
using Minutebook.Recognising;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Tables;

public class CheckTests
{
    private static List<Finding> Findings(string text, string kind) => Snippet.Record(text).Findings.Where(f => f.Kind == kind).ToList();

    [Fact]
    public void The_planted_slip_of_the_harrowfield_sample_is_found_and_its_rounding_is_not()
    {
        var record = Pipeline.Run(PackLoader.Load(SamplePacks.Path("harrowfield")));
        var total = Assert.Single(record.Findings, f => f.Kind == TotalsCheck.Kind);
        Assert.Equal("Total 'Total' (Forecast Outturn) is £171.9m but its 4 rows sum to £170.9m (page 8, line 222)", total.Message);
        Assert.Equal(new SourceRef(222, 8), total.Source);
        var variance = Assert.Single(record.Findings, f => f.Kind == VarianceCheck.Kind);
        Assert.Contains("£3.0m", variance.Message);
        Assert.Contains("£4.1m", variance.Message);
        // the £167.8m budget over rows that round to £167.9m is explained by the printed precision
        Assert.DoesNotContain(record.Findings, f => f.Message.Contains("167.9"));
        // item 6 (pages 13 - 18) holds its sub-items 6(a) and 6(b): not an overlap, and not an item without a report
        Assert.DoesNotContain(record.Findings, f => f.Kind is AgendaPageRangeCheck.Kind or AgendaItemWithoutReportCheck.Kind);
    }

    [Fact]
    public void A_total_off_its_rows_is_an_error_in_a_pipe_table_too()
    {
        var findings = Findings(
            "| Partner | Contribution (£000) |\n|---|---|\n| Council | 1,250 |\n| ICB | 3,400 |\n| Trust | 610 |\n| **Total** | **5,360** |\n",
            TotalsCheck.Kind);
        var f = Assert.Single(findings);
        Assert.Equal("Total 'Total' (Contribution (£000)) is 5,360 but its 3 rows sum to 5,260 (line 6)", f.Message);
    }

    [Fact]
    public void Whole_counts_are_exact_and_rounded_figures_have_slack()
    {
        // counts: one off is an error
        Assert.Single(Findings("Site\tVisits\nNorth\t1,204\nSouth\t988\nTotal\t2,193\n", TotalsCheck.Kind));
        // two decimals: 10.004 + 20.004 + 30.004 printed as 10.00, 20.00, 30.00 over a total of 60.01
        Assert.Empty(Findings("Line\tBudget £m\nA\t10.00\nB\t20.00\nC\t30.00\nTotal\t60.01\n", TotalsCheck.Kind));
        // but not 0.1 off at two decimals
        Assert.Single(Findings("Line\tBudget £m\nA\t10.00\nB\t20.00\nC\t30.00\nTotal\t60.10\n", TotalsCheck.Kind));
    }

    [Fact]
    public void Subtotals_and_a_total_of_subtotals_are_each_checked()
    {
        var text =
            "Proposal\t2025/26 £m\n" +
            "Prevention\t\n" +
            "Falls service\t0.120\n" +
            "Social prescribing\t0.080\n" +
            "\t0.200\n" +
            "Care homes\t\n" +
            "Fee uplift\t1.500\n" +
            "\t1.500\n" +
            "Total\t1.800\n";
        var f = Assert.Single(Findings(text, TotalsCheck.Kind));
        Assert.Contains("is 1.800 but its 2 rows sum to 1.700", f.Message);
        Assert.Empty(Findings(text.Replace("Total\t1.800", "Total\t1.700"), TotalsCheck.Kind));
    }

    [Fact]
    public void A_total_column_is_checked_against_its_periods()
    {
        var f = Assert.Single(Findings("Activity\t2024/25\t2025/26\tTotal\nSet up\t£5,000\t£2,000\t£7,000\nStaff\t£40,000\t£41,000\t£80,000\n", TotalsCheck.Kind));
        Assert.Equal("Row 'Staff' gives a Total of £80,000 but its columns sum to £81,000 (line 3)", f.Message);
    }

    [Fact]
    public void Variance_follows_the_tables_own_sign_convention()
    {
        // this paper prints budget minus forecast (an underspend is positive): consistent, nothing to report
        Assert.Empty(Findings("Service\tBudget\tForecast\tVariance\nHome care\t£10.0m\t£9.5m\t£0.5m\nDay care\t£4.0m\t£4.2m\t-£0.2m\n", VarianceCheck.Kind));
        var f = Assert.Single(Findings("Service\tBudget\tForecast\tVariance\nHome care\t£10.0m\t£9.5m\t£0.5m\nDay care\t£4.0m\t£4.2m\t-£0.2m\nRespite\t£2.0m\t£1.0m\t£0.1m\n", VarianceCheck.Kind));
        Assert.Equal("Variance for 'Respite' is £0.1m but budget £2.0m less forecast £1.0m is £1.0m (line 4)", f.Message);
    }

    [Fact]
    public void Year_to_date_counts_must_not_exceed_the_sum_of_their_quarters()
    {
        var text =
            "Indicator\tTarget\tQ1\tQ2\tQ3\tYTD\n" +
            "Health checks delivered\t>= 500\t120\t130\t140\t420\n" +
            "People in treatment\t-\t300\t310\t305\t312\n" +
            "Quit rate\t>50%\t48%\t52%\t55%\t52%\n" +
            "Referrals\t-\t50\t60\t70\t170\n";
        var findings = Findings(text, YearToDateCheck.Kind);
        Assert.Equal(2, findings.Count);
        Assert.Equal(Severity.Warning, findings[1].Severity); // 170 for 180: a slip, not people counted once
        var f = findings[0];
        Assert.Equal(Severity.Error, f.Severity);
        Assert.StartsWith("Year to date for 'Health checks delivered' is 420 but its periods sum to 390", f.Message);
    }

    [Fact]
    public void The_same_budget_line_printed_twice_must_agree_within_rounding()
    {
        var agree =
            "Table 1\n\nPool\t2025/26 £m\nCarers\t12.44\nHospices\t3.10\n\nSome prose.\n\n" +
            "Table 2\n\nPool\t2025/26 Budget\tForecast\tVariance\nCarers\t£12.4m\t£12.6m\t£0.2m\nHospices\t£3.1m\t£3.1m\t£0.0m\n";
        Assert.Empty(Findings(agree, RepeatedQuantityCheck.Kind));
        var f = Assert.Single(Findings(agree.Replace("Carers\t£12.4m\t£12.6m\t£0.2m", "Carers\t£13.4m\t£13.6m\t£0.2m"), RepeatedQuantityCheck.Kind));
        Assert.Equal("'Carers' for 2025/26 is 12.44 (line 4) but £13.4m (line 12)", f.Message);
    }

    private static ExtractionContext ContextWith(Meeting meeting, string text = "Agenda\n")
    {
        var context = new ExtractionContext(Snippet.Pack(text));
        context.Record.Meetings.Add(meeting);
        return context;
    }

    private static AgendaItem Item(string number, int from, int to, int line) =>
        new() { Number = number, Title = "Item " + number, Pages = new PageRange(from, to), Source = new SourceRef(line, 1) };

    [Fact]
    public void Agenda_page_ranges_out_of_order_or_overlapping_are_reported()
    {
        var meeting = new Meeting { Role = MeetingRole.Agenda };
        meeting.AgendaItems.AddRange([Item("1", 1, 6, 10), Item("2", 7, 18, 11), Item("3", 15, 22, 12), Item("4", 30, 24, 13), Item("5", 31, 40, 14)]);
        var context = ContextWith(meeting);
        new AgendaPageRangeCheck().Run(context);
        Assert.Equal(
            ["Agenda item 3 'Item 3' starts on page 15, but item 2 runs to page 18 (page 1, line 12)",
             "Agenda item 4 'Item 4' has pages 30 - 24, which run backwards (page 1, line 13)"],
            context.Record.Findings.Select(f => f.Message));
    }

    [Fact]
    public void An_agenda_item_with_pages_but_no_report_is_reported()
    {
        var text = string.Join("\n", Enumerable.Range(1, 40).Select(i => i % 10 == 0 ? $"Page {i / 10}" : "text")) + "\n";
        var meeting = new Meeting { Role = MeetingRole.Agenda };
        meeting.AgendaItems.AddRange([Item("1", 1, 2, 1), Item("2", 3, 4, 2), new AgendaItem { Number = "3", Title = "Apologies", Source = new SourceRef(3, 1) }]);
        var context = ContextWith(meeting, text);
        context.Documents.Add(new PackDocument { Kind = DocumentKind.Report, Start = 10, End = 20, AgendaItem = "1" });
        new AgendaItemWithoutReportCheck().Run(context);
        var f = Assert.Single(context.Record.Findings);
        Assert.StartsWith("Agenda item 2 'Item 2' points to pages 3 - 4, but no report", f.Message);
    }

    [Fact]
    public void Minutes_of_a_meeting_a_year_out_are_reported()
    {
        var context = new ExtractionContext(Snippet.Pack("x\n"));
        context.Record.Meetings.Add(new Meeting { Role = MeetingRole.Agenda, Date = new DateOnly(2021, 1, 29) });
        context.Record.Meetings.Add(new Meeting { Role = MeetingRole.Minutes, Date = new DateOnly(2019, 10, 16), Source = new SourceRef(120, 5) });
        context.Record.Meetings.Add(new Meeting { Role = MeetingRole.Minutes, Date = new DateOnly(2020, 10, 16), Source = new SourceRef(200, 9) });
        new ImplausibleDateCheck().Run(context);
        var f = Assert.Single(context.Record.Findings);
        Assert.StartsWith("Minutes dated 16 October 2019 are 471 days before the meeting", f.Message);
    }

    [Fact]
    public void Minute_text_printed_twice_is_reported()
    {
        var paragraph = "The Board discussed the winter plan at length and agreed that partners would report on hospital discharge delays monthly.";
        var context = new ExtractionContext(Snippet.Pack($"MINUTES\n\n{paragraph}\n\nRESOLVED: That the report be noted.\n\n{paragraph}\n\nRESOLVED: That the report be noted.\n"));
        context.Documents.Add(new PackDocument { Kind = DocumentKind.Minutes, Start = 0, End = context.Lines.Count });
        new RepeatedMinuteTextCheck().Run(context);
        var f = Assert.Single(context.Record.Findings);
        Assert.Equal(7, f.Source!.Line);
        Assert.Contains("(line 3) and again (line 7)", f.Message);
    }
}
