using Minutebook.Checking;
using Minutebook.Model;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Tables;

/// <summary>The tables of the shared corpus, rebuilt and typed.</summary>
public class CorpusTableTests
{
    [CorpusFact]
    public void Pooled_fund_table_1_and_table_2_of_the_wirral_pack()
    {
        var record = Corpus.Record(Corpus.Text("003_"));
        var table1 = Assert.Single(record.Tables, t => t.Title == "Table 1");
        Assert.Equal(["", "Final 21/22 £m", "at M6 22/23 £m", "Revised 22/23 £m"], table1.Columns);
        Assert.Contains(["Better Care Fund", "55.78", "58.44", "58.44"], table1.Rows);
        Assert.Equal(RowRole.Total, table1.RowInfo[^1].Role);
        Assert.Equal(TableKind.Budget, table1.Kind);

        var table2 = Assert.Single(record.Tables, t => t.Title == "Table 2");
        Assert.Equal(TableKind.Budget, table2.Kind);
        Assert.Equal(["D", "Better Care Fund", "£58.4m", "£58.4m", "£0.0m"], table2.Rows[3]);
        Assert.Equal(3434, table2.RowInfo[^1].Source.Line);

        var bcf = Assert.Single(record.BudgetLines, b => b.Line == "Better Care Fund" && b.Forecast is not null);
        Assert.Equal(58_400_000m, bcf.Budget);
        Assert.Equal(58_400_000m, bcf.Forecast);
        Assert.Equal(0m, bcf.Variance);
        Assert.Equal("2022/23", bcf.Period);
        Assert.Equal(3433, bcf.Source.Line);
        var revised = Assert.Single(record.BudgetLines, b => b.Line == "Better Care Fund" && b.Period == "2022/23" && b.Forecast is null);
        Assert.Equal(58_440_000m, revised.Budget);
    }

    [CorpusFact]
    public void The_appendix_pools_are_four_tables_each_naming_its_pool()
    {
        var record = Corpus.Record(Corpus.Text("003_"));
        var pools = record.BudgetLines.Where(b => b.Source.Line > 3500 && b.Line == "Total").Select(b => b.Pool).ToArray();
        Assert.Equal(["ICB - Wirral Place", "Health & Care", "Children and Young People", "Better Care Fund"], pools.Select(p => p ?? ""));
        var dfg = Assert.Single(record.BudgetLines, b => b.Line == "DFG");
        Assert.Equal(("Better Care Fund", 4_700_000m, 4_700_000m, 0m), (dfg.Pool, dfg.Budget!.Value, dfg.Forecast!.Value, dfg.Variance!.Value));
    }

    [CorpusFact]
    public void Public_health_indicator_table_of_the_nottinghamshire_pack()
    {
        var record = Corpus.Record(Corpus.Text("001_"));
        var table = Assert.Single(record.Tables, t => t.Kind == TableKind.Indicator);
        Assert.Equal("Actual YTD", table.Columns[^1]);
        var checks = Assert.Single(record.Indicators, i => i.Name == "NHS Health Checks: No. of eligible patients who have been offered health checks");
        Assert.Equal(new Target(null, 34_000m), checks.Target);
        Assert.Equal([new("2020/21 Q1", 149m), new("2020/21 Q2", 3_077m), new("YTD", 3_226m)], checks.Values);
        Assert.Equal("count", checks.Unit);
        Assert.Null(checks.Status); // a count against an annual plan at Q2 is not a miss
        Assert.Equal(1579, checks.Source.Line);

        var hiv = record.Indicators.Where(i => i.Name.Contains("accepting a HIV test")).ToList();
        Assert.Equal(3, hiv.Count);
        Assert.All(hiv, i => Assert.Equal(new Target(">", 60m), i.Target));
        Assert.All(hiv, i => Assert.Equal((IndicatorStatus.NotMet, true), (i.Status, i.StatusDerived)));
        Assert.StartsWith("Integrated Sexual Health Services: Quality Standard 60 %", hiv[0].Name);
    }

    [CorpusFact]
    public void Budget_changes_table_of_the_cheshire_east_pack()
    {
        var record = Corpus.Record(Corpus.Text("002_"));
        var table = Assert.Single(record.Tables, t => t.Columns.Count > 0 && t.Columns[0] == "Detailed List of Proposed Budget Changes");
        Assert.Equal(TableKind.Budget, table.Kind);
        Assert.Equal(["OSC", "Note"], table.Columns.Skip(1).Take(2));
        Assert.EndsWith("2021/22 £m", table.Columns[3]);
        Assert.Equal("2024/25 £m", table.Columns[6]);
        // the page repeats its header in another layout; the rows after it are realigned
        Assert.Contains(["Everybody Sport and Recreation Annual Management Fee", "Health", "A *", "-0.043", "-0.042", "-0.041", "-0.040"], table.Rows);
        // a RAG marker split into the 2021/22 column goes back to the note
        Assert.Contains(["Environment Strategy and Carbon Neutrality", "Environment", "A *", "", "0.020", "-0.081", ""], table.Rows);
        // figures printed one column to the right of their subtotal are moved back
        Assert.Contains(["Community Transport", "Environment", "", "-0.025", "", "", ""], table.Rows);
        var total = table.Rows.FindIndex(r => r[0] == "Total Proposed Budget Change");
        Assert.Equal(RowRole.Total, table.RowInfo[total].Role);
        Assert.Equal(RowRole.Group, table.RowInfo[0].Role);
        Assert.Equal(RowRole.Subtotal, table.RowInfo[2].Role);

        var pay = record.BudgetLines.Where(b => b.Line == "Pay inflationary increase").ToList();
        Assert.Equal(["2021/22", "2022/23", "2023/24", "2024/25"], pay.Select(b => b.Period));
        Assert.Equal(4_591_000m, pay[0].Budget);
        Assert.StartsWith("Support and sustain a financial future", pay[0].Pool);
    }

    [CorpusFact]
    public void Work_programmes_become_schedule_items()
    {
        var wirral = Corpus.Record(Corpus.Text("003_"));
        var pooled = wirral.ScheduleItems.Where(s => s.Item == "Pooled Fund").ToList();
        Assert.Contains(pooled, s => s.Lead == "Martin McDowell" && s.Meeting == "February 2023");
        Assert.Contains(pooled, s => s.Date == "Each scheduled Committee");
        var wrapped = Assert.Single(wirral.ScheduleItems, s => s.Item == "Health and Care Partnership Strategy Update");
        Assert.Equal("After going to Health and Wellbeing Board (possibly after 23 March)", wrapped.Date);
        Assert.Equal("Simon Banks", wrapped.Lead);

        var notts = Corpus.Record(Corpus.Text("001_"));
        Assert.Contains(notts.ScheduleItems, s => s.Item == "Market management position statement" && s.Meeting == "29 March 2021");
        // a title wrapped over a page break, its header repeated in between
        var workforce = Assert.Single(notts.ScheduleItems, s => s.Item == "Review of workforce restructure in Adult Social Care");
        Assert.Equal("14 June 2021", workforce.Meeting);
        Assert.Equal("Sue Batty/Ainsley MacDonnell", notts.Tables.Single(t => t.Kind == TableKind.Schedule).Rows.Single(r => r[0] == workforce.Item)[3]);
    }

    [CorpusFact]
    public void Prose_indicators_of_the_wirral_delivery_plan()
    {
        var record = Corpus.Record(Corpus.Text("003_"));
        var frailty = Assert.Single(record.Indicators, i => i.Name == "Frailty Virtual Ward: patients");
        Assert.Equal([new PeriodValue("Nov-22", 21m)], frailty.Values);
        Assert.Equal(40m, frailty.Target!.Value);
        Assert.Equal((IndicatorStatus.NotMet, true), (frailty.Status, frailty.StatusDerived));
        var packages = Assert.Single(record.Indicators, i => i.Values is [{ Value: 94m }]);
        Assert.Equal(79m, packages.Target!.Value);
        Assert.Equal(IndicatorStatus.Met, packages.Status);
    }

    [CorpusFact]
    public void The_corpus_texts_give_no_false_arithmetic_findings()
    {
        // every total, variance and year-to-date figure in the five texts agrees with its rows within rounding
        // (checked by hand: e.g. Appendix 1 of 003 prints a £140.2m budget over rows summing to £140.1m)
        string[] kinds = [TotalsCheck.Kind, VarianceCheck.Kind, YearToDateCheck.Kind, RepeatedQuantityCheck.Kind];
        foreach (var prefix in new[] { "000_", "001_", "002_", "003_", "004_" })
            Assert.DoesNotContain(Corpus.Record(Corpus.Text(prefix)).Findings, f => kinds.Contains(f.Kind));
    }

    [CorpusFact]
    public void Minute_61_of_the_cheshire_east_pack_reprints_minute_60_and_is_reported_once()
    {
        var findings = Corpus.Record(Corpus.Text("002_")).Findings.Where(f => f.Kind == RepeatedMinuteTextCheck.Kind).ToList();
        var f = Assert.Single(findings);
        Assert.Contains("(line 162) and again (line 180)", f.Message);
    }
}
