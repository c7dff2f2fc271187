using System.Globalization;
using System.Text.RegularExpressions;

namespace Minutebook.Store.Linking;

/// <summary>
/// Reads when an action is due from its due text (or, failing that, from the action itself), relative to the
/// meeting that set it: "31 March 2021", "31/03/2021", "March 2021" (end of month), "June" (the next June),
/// "end of the year", "Q3 2021/22", "next meeting" (the body's next meeting, found by the caller).
/// </summary>
public static partial class DueDates
{
    public const string NextMeeting = "next meeting";

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"\b(?<d>\d{1,2})(st|nd|rd|th)?\s+(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<m>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?<d>\d{1,2})(st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{2,4})\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?<m>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?(\s+(?<y>\d{4}))?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\bend of (the |this )?(calendar |financial )?year\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfYear();

    [GeneratedRegex(@"\bend of (the |this )?month\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfMonth();

    [GeneratedRegex(@"\bQ(?<q>[1-4])\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\bnext (board |committee )?meeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex Next();

    [GeneratedRegex(@"\b(by|before|no later than|due)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DueWord();

    /// <summary>The due date, <see cref="NextMeeting"/> as a marker (returned through <paramref name="nextMeeting"/>), or null.</summary>
    public static DateOnly? Parse(string? due, string actionText, DateOnly? meetingDate, out bool nextMeeting)
    {
        nextMeeting = false;
        if (!string.IsNullOrWhiteSpace(due))
        {
            var d = ParseText(due, meetingDate, out nextMeeting);
            if (d is not null || nextMeeting) return d;
        }
        // "… before the end of the year", "… by March 2021": only after a word that says when it is due
        var m = DueWord().Match(actionText);
        if (m.Success) return ParseText(actionText[m.Index..], meetingDate, out nextMeeting);
        return null;
    }

    public static DateOnly? ParseText(string text, DateOnly? meetingDate, out bool nextMeeting)
    {
        nextMeeting = false;
        Match m;
        if ((m = Iso().Match(text)).Success && TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var iso)) return iso;
        if ((m = DayMonthYear().Match(text)).Success && TryDate(m.Groups["y"].Value, MonthNumber(m.Groups["m"].Value).ToString(), m.Groups["d"].Value, out var dmy)) return dmy;
        if ((m = MonthDayYear().Match(text)).Success && TryDate(m.Groups["y"].Value, MonthNumber(m.Groups["m"].Value).ToString(), m.Groups["d"].Value, out var mdy)) return mdy;
        if ((m = Numeric().Match(text)).Success)
        {
            var y = m.Groups["y"].Value;
            if (y.Length == 2) y = "20" + y;
            if (TryDate(y, m.Groups["m"].Value, m.Groups["d"].Value, out var num)) return num;
        }
        if (Next().IsMatch(text))
        {
            nextMeeting = true;
            return null;
        }
        if (EndOfMonth().IsMatch(text) && meetingDate is { } md0)
            return new DateOnly(md0.Year, md0.Month, DateTime.DaysInMonth(md0.Year, md0.Month));
        if (EndOfYear().IsMatch(text) && meetingDate is { } md1)
            return text.Contains("financial", StringComparison.OrdinalIgnoreCase)
                ? new DateOnly(md1.Month >= 4 ? md1.Year + 1 : md1.Year, 3, 31)
                : new DateOnly(md1.Year, 12, 31);
        if ((m = Quarter().Match(text)).Success && meetingDate is { } md2)
        {
            // financial quarters: Q1 Apr–Jun … Q4 Jan–Mar, the next one ending after the meeting
            int q = int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture);
            int endMonth = q switch { 1 => 6, 2 => 9, 3 => 12, _ => 3 };
            var end = EndOfMonthIn(md2.Year, endMonth);
            if (end < md2) end = end.AddYears(1);
            return EndOfMonthIn(end.Year, end.Month);
        }
        if ((m = MonthOnly().Match(text)).Success && !(m.Groups["m"].Value.Equals("may", StringComparison.OrdinalIgnoreCase) && !m.Groups["y"].Success))
        {
            int month = MonthNumber(m.Groups["m"].Value);
            if (m.Groups["y"].Success) return EndOfMonthIn(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month);
            if (meetingDate is { } md3)
            {
                var end = EndOfMonthIn(md3.Year, month);
                return end < md3 ? EndOfMonthIn(md3.Year + 1, month) : end;
            }
        }
        return null;
    }

    private static DateOnly EndOfMonthIn(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static int MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant();
        for (int i = 0; i < Months.Length; i++)
            if (Months[i].StartsWith(lower.Length >= 3 ? lower[..3] : lower, StringComparison.Ordinal)) return i + 1;
        return 0;
    }

    private static bool TryDate(string y, string m, string d, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(y, out var yy) || !int.TryParse(m, out var mm) || !int.TryParse(d, out var dd)) return false;
        if (yy < 1990 || yy > 2100 || mm is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(yy, mm)) return false;
        date = new DateOnly(yy, mm, dd);
        return true;
    }
}
