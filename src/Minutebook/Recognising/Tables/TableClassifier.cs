using Minutebook.Model;

namespace Minutebook.Recognising.Tables;

/// <summary>
/// The kind of a table, from the words of its header (and title): budget (budget, forecast, outturn, variance,
/// £ columns by year), indicator (indicator, target, baseline, actual, period values), schedule (work programme,
/// forward plan, timetable: item, lead, date), membership, or other.
/// </summary>
internal static class TableClassifier
{
    private static readonly string[] BudgetWords = ["budget", "forecast", "outturn", "variance", "spend", "£m", "£000", "£k", "cost"];
    private static readonly string[] IndicatorWords = ["indicator", "target", "baseline", "quality standard", "measure", "metric", "rag", "ytd", "annual plan", "trajectory", "performance"];
    private static readonly string[] StrongIndicatorWords = ["indicator", "target", "baseline", "standard", "ytd", "annual plan", "trajectory", "rag"];
    private static readonly string[] ScheduleWords = ["lead", "officer", "timescale", "expected date", "date of decision", "reporting frequency", "frequency", "report title", "report author", "meeting date", "decision maker"];
    private static readonly string[] MembershipWords = ["member", "members", "membership", "councillors", "substitute", "representing", "no. of members"];

    public static string Classify(Table table)
    {
        var header = string.Join(" | ", table.Columns).ToLowerInvariant();
        var title = (table.Title ?? "").ToLowerInvariant();
        int budget = Count(header, BudgetWords) + (MoneyByYear(table) ? 2 : 0);
        int indicator = Count(header, IndicatorWords) + (PeriodColumns(table) >= 2 && !header.Contains('£') ? 1 : 0);
        int schedule = Count(header, ScheduleWords) + (title.Contains("work programme") || title.Contains("forward plan") || title.Contains("timetable") ? 2 : 0);
        if (header.Contains("item") && (header.Contains("lead") || header.Contains("date") || header.Contains("timescale"))) schedule += 2;
        int membership = Count(header, MembershipWords) + (title.Contains("membership") ? 2 : 0);
        int best = Math.Max(Math.Max(budget, indicator), Math.Max(schedule, membership));
        if (best == 0) return TableKind.Other;
        bool strongIndicator = Count(header, StrongIndicatorWords) > 0;
        if (indicator == best && indicator >= 2 && strongIndicator) return TableKind.Indicator;
        if (budget == best) return TableKind.Budget;
        if (schedule == best) return TableKind.Schedule;
        if (membership == best) return TableKind.Membership;
        return TableKind.Other;
    }

    /// <summary>Columns headed by a quarter or month of the year ("Q1", "Month 7", "Oct-22").</summary>
    private static int PeriodColumns(Table table)
    {
        int n = 0;
        foreach (var c in table.Columns)
            if (Extraction.Values.PeriodParser.Find(c) is { } p && (p.Contains('Q') || p.Contains("Month") || p.Contains('-'))) n++;
        return n;
    }

    private static int Count(string text, string[] words)
    {
        int n = 0;
        foreach (var w in words) if (text.Contains(w, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>Money under year columns: "2021/22 £m", or £ amounts under period headers.</summary>
    private static bool MoneyByYear(Table table)
    {
        int years = 0;
        foreach (var c in table.Columns)
            if (Extraction.Values.PeriodParser.Find(c) is { } p && p.Length >= 7 && p[4] == '/') years++;
        if (years < 2) return false;
        int money = 0, cells = 0;
        foreach (var row in table.Rows)
            foreach (var c in row)
            {
                if (c.Length == 0) continue;
                cells++;
                if (c.Contains('£')) money++;
            }
        return money * 4 >= cells || table.Columns.Any(c => c.Contains('£'));
    }
}
