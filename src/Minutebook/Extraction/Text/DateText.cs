using System.Text.RegularExpressions;

namespace Minutebook.Extraction.Text;

/// <summary>
/// Finds a calendar date written the British way: "Friday, 29 January 2021", "29th January, 2021", "12th JANUARY 2023",
/// "Thursday 3rd March 2020", "29 Jan 2021", "29/01/2021", "29.01.21", "January 29, 2021", "2021-01-29".
/// </summary>
public static partial class DateText
{
    /// <summary>The first date in the text, if any.</summary>
    public static bool TryParse(string? text, out DateOnly date) => TryFind(text, out date, out _, out _);

    /// <summary>The first date in the text with where it was found (index and length of the match).</summary>
    public static bool TryFind(string? text, out DateOnly date, out int index, out int length)
    {
        date = default; index = -1; length = 0;
        if (string.IsNullOrEmpty(text) || !HasDigit(text)) return false;
        DateOnly? best = null; int bestIndex = int.MaxValue, bestLength = 0;

        var m = DayMonthYear().Match(text);
        while (m.Success)
        {
            if (TryMonth(m.Groups["month"].Value, out int month) && TryBuild(m.Groups["year"].Value, month, m.Groups["day"].Value, out var d))
            { best = d; bestIndex = m.Index; bestLength = m.Length; break; }
            m = m.NextMatch();
        }
        m = MonthDayYear().Match(text);
        while (m.Success && m.Index < bestIndex)
        {
            if (TryMonth(m.Groups["month"].Value, out int month) && TryBuild(m.Groups["year"].Value, month, m.Groups["day"].Value, out var d))
            { best = d; bestIndex = m.Index; bestLength = m.Length; break; }
            m = m.NextMatch();
        }
        if (text.Contains('/') || text.Contains('.') || text.Contains('-'))
        {
            m = Numeric().Match(text);
            while (m.Success && m.Index < bestIndex)
            {
                if (int.TryParse(m.Groups["month"].ValueSpan, out int month) && TryBuild(m.Groups["year"].Value, month, m.Groups["day"].Value, out var d))
                { best = d; bestIndex = m.Index; bestLength = m.Length; break; }
                m = m.NextMatch();
            }
            m = Iso().Match(text);
            while (m.Success && m.Index < bestIndex)
            {
                if (int.TryParse(m.Groups["month"].ValueSpan, out int month) && TryBuild(m.Groups["year"].Value, month, m.Groups["day"].Value, out var d))
                { best = d; bestIndex = m.Index; bestLength = m.Length; break; }
                m = m.NextMatch();
            }
        }
        if (best is null) return false;
        date = best.Value; index = bestIndex; length = bestLength;
        return true;
    }

    private static bool HasDigit(string s)
    {
        foreach (var c in s) if (char.IsAsciiDigit(c)) return true;
        return false;
    }

    private static bool TryBuild(string yearText, int month, string dayText, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(yearText, out int year) || !int.TryParse(dayText, out int day)) return false;
        if (yearText.Length == 2) year += 2000;
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>"January", "Jan", "Sept", "JANUARY" → 1..12.</summary>
    public static bool TryMonth(string name, out int month)
    {
        month = 0;
        if (name.Length < 3) return false;
        var key = name[..3].ToLowerInvariant();
        month = key switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
        };
        return month != 0;
    }

    private const string MonthNames =
        "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    [GeneratedRegex(@"(?<![\d/])(?<day>\d{1,2})\s?(?:st|nd|rd|th)?\s*(?:of\s+)?" + MonthNames + @"\.?,?\s+(?<year>\d{4})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + MonthNames + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\d/.])(?<day>\d{1,2})([/.\-])(?<month>\d{1,2})\1(?<year>\d{4}|\d{2})(?![\d/.]*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<!\d)(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
