using System.Globalization;
using System.Text;

namespace Minutebook.Store.Search;

/// <summary>
/// The filters of a search document written as words in its <c>tags</c> column, so SQLite's FTS5 index answers
/// "this body, that authority, those kinds, between these dates" together with the words searched for:
/// <c>k</c>+kind, <c>a</c>+authority number (<c>search_scopes</c>), <c>b</c>+body id, and the meeting's date three
/// ways, <c>y2016</c>, <c>m201601</c>, <c>d20160115</c>, so any date range is a short OR of whole years, months and days.
/// Migration 5 writes the same words in SQL for documents stored before it.
/// </summary>
public static class SearchTags
{
    public static string Kind(string kind) => "k" + kind.ToLowerInvariant();
    public static string Authority(long scopeId) => "a" + scopeId.ToString(CultureInfo.InvariantCulture);
    public static string Body(long bodyId) => "b" + bodyId.ToString(CultureInfo.InvariantCulture);
    public static string Year(DateOnly d) => "y" + d.ToString("yyyy", CultureInfo.InvariantCulture);
    public static string Month(DateOnly d) => "m" + d.ToString("yyyyMM", CultureInfo.InvariantCulture);
    public static string Day(DateOnly d) => "d" + d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The tags of one document.</summary>
    public static string Of(string kind, long? scopeId, long? bodyId, DateOnly? date)
    {
        var sb = new StringBuilder(Kind(kind));
        if (scopeId is { } a) sb.Append(' ').Append(Authority(a));
        if (bodyId is { } b) sb.Append(' ').Append(Body(b));
        if (date is { } d) sb.Append(' ').Append(Year(d)).Append(' ').Append(Month(d)).Append(' ').Append(Day(d));
        return sb.ToString();
    }

    /// <summary>
    /// The fewest year, month and day tags that together cover exactly the days from <paramref name="from"/> to
    /// <paramref name="to"/> (inclusive): 15 March 2019 to 10 February 2020 is 17 days of March, the months April to
    /// December, January 2020 and 10 days of February.
    /// </summary>
    public static List<string> DateRange(DateOnly from, DateOnly to)
    {
        var tags = new List<string>();
        var d = from;
        while (d <= to)
        {
            if (d.Day == 1 && d.Month == 1 && d.Year < DateOnly.MaxValue.Year && d.AddYears(1).AddDays(-1) <= to)
            {
                tags.Add(Year(d));
                d = d.AddYears(1);
            }
            else if (d.Day == 1 && (d.Year, d.Month) != (DateOnly.MaxValue.Year, 12) && d.AddMonths(1).AddDays(-1) <= to)
            {
                tags.Add(Month(d));
                d = d.AddMonths(1);
            }
            else
            {
                tags.Add(Day(d));
                if (d == DateOnly.MaxValue) break;
                d = d.AddDays(1);
            }
        }
        return tags;
    }

    /// <summary>An FTS5 expression: any of the tags, in the tags column only.</summary>
    public static string AnyOf(IEnumerable<string> tags) => "tags : (" + string.Join(" OR ", tags.Select(t => "\"" + t + "\"")) + ")";
}
