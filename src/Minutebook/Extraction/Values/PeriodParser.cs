using System.Text.RegularExpressions;

namespace Minutebook.Extraction.Values;

/// <summary>
/// Finds the period a column header or phrase names: financial years (2020/21, 21/22 → 2021/22), quarters (Q1),
/// months of the year (Month 7, M6), month-year (Oct-22, October 2022), and year to date (YTD).
/// </summary>
public static partial class PeriodParser
{
    /// <summary>The normalised period named in the text ("2020/21 Q1", "YTD", "Month 7", "Oct-22"), or null.</summary>
    public static string? Find(string text)
    {
        if (text.Length == 0 || text.Length > 120) return null;
        if (YearToDate().IsMatch(text)) return "YTD";
        string? year = null;
        for (var y = FinancialYear().Match(text); y.Success; y = y.NextMatch())
        {
            var a = y.Groups["a"].Value;
            var b = y.Groups["b"].Value;
            // a financial year runs into the next: 2020/21, 21/22 (not a date like 01/21)
            if ((int.Parse(a[^2..]) + 1) % 100 != int.Parse(b)) continue;
            if (a.Length == 2) a = "20" + a;
            year = $"{a}/{b}";
            break;
        }
        string? part = null;
        var q = Quarter().Match(text);
        if (q.Success) part = "Q" + (q.Groups[1].Success ? q.Groups[1].Value : q.Groups[2].Value);
        else
        {
            var m = MonthNumber().Match(text);
            if (m.Success) part = "Month " + (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
            else
            {
                var my = MonthYear().Match(text);
                if (my.Success) part = my.Groups["mon"].Value[..3] + "-" + my.Groups["yr"].Value[^2..];
            }
        }
        if (year is not null && part is not null) return year + " " + part;
        if (year is null && part is null)
        {
            var single = CalendarYear().Match(text);
            if (single.Success) return single.Value;
            var month = MonthAlone().Match(text);
            return month.Success ? month.Groups[1].Value : null;
        }
        return year ?? part;
    }

    [GeneratedRegex(@"\bYTD\b|\byear[ -]to[ -]date\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearToDate();
    [GeneratedRegex(@"\b(?<a>20\d\d|\d\d)\s?[/-]\s?(?<b>\d\d)(?!\d)(?!/)")]
    private static partial Regex FinancialYear();
    [GeneratedRegex(@"\bQ([1-4])\b|\bQuarter ([1-4])\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();
    [GeneratedRegex(@"\bMonth\s?(\d{1,2})\b|\bM(\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthNumber();
    [GeneratedRegex(@"\b(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ -](?<yr>\d{2}|20\d\d)\b")]
    private static partial Regex MonthYear();
    [GeneratedRegex(@"^\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$")]
    private static partial Regex MonthAlone();
    [GeneratedRegex(@"\b20\d\d\b")]
    private static partial Regex CalendarYear();
}
