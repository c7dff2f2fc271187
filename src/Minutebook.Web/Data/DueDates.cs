using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutebook.Web.Data;

/// <summary>Reads an action's due date as the papers print it ("31 March 2025", "March 2025", "30/06/2025", "end of the year").</summary>
public static partial class DueDates
{
    private static readonly string[] DayFormats =
        ["d MMMM yyyy", "d MMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dddd d MMMM yyyy", "MMMM d yyyy", "MMMM d, yyyy", "d.M.yyyy"];

    [GeneratedRegex(@"(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\s+(\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\bend of (?:the )?(?:calendar )?year\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfYear();

    /// <param name="meetingDate">The date of the meeting that set the action, for relative phrases.</param>
    public static DateOnly? Parse(string? due, DateOnly? meetingDate)
    {
        if (string.IsNullOrWhiteSpace(due)) return null;
        var text = Ordinal().Replace(due.Trim().TrimEnd('.'), "$1").Replace(" of ", " ");
        foreach (var f in DayFormats)
            if (DateOnly.TryParseExact(text, f, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d)) return d;
        // a date inside a longer phrase: "by 31 March 2025"
        var m = MonthYear().Match(text);
        if (m.Success)
        {
            int year = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var month = m.Groups[1].Value;
            if (month.Equals("Sept", StringComparison.OrdinalIgnoreCase)) month = "Sep";
            var fmt = month.Length <= 3 ? "MMM" : "MMMM";
            if (DateOnly.TryParseExact(month, fmt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var mo))
            {
                int before = m.Index;
                var dayMatch = Regex.Match(text[..before], @"(\d{1,2})\s*$");
                int lastDay = DateTime.DaysInMonth(year, mo.Month);
                int day = dayMatch.Success && int.Parse(dayMatch.Groups[1].Value, CultureInfo.InvariantCulture) is var dd && dd >= 1 && dd <= lastDay ? dd : lastDay;
                return new DateOnly(year, mo.Month, day);
            }
        }
        if (EndOfYear().IsMatch(text) && meetingDate is { } md) return new DateOnly(md.Year, 12, 31);
        return null;
    }
}
