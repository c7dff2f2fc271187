using System.Text.RegularExpressions;

namespace Minutebook.Extraction.Text;

/// <summary>
/// Finds a calendar date written out in a line of minutes: "16 OCTOBER 2020", "Thursday, 3rd December, 2020",
/// "12th JANUARY 2023", "December 8, 2022", "08/02/2021". (Minutes-side helper; see DateText if the shared one lands.)
/// </summary>
public static partial class PrintedDate
{
    public static bool TryFind(string text, out DateOnly date) => TryFind(text, out date, out _);

    public static bool TryFind(string text, out DateOnly date, out Match match)
    {
        date = default;
        match = Match.Empty;
        if (text.Length < 6) return false;
        var m = DayMonthYear().Match(text);
        if (m.Success && TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out date)) { match = m; return true; }
        m = MonthDayYear().Match(text);
        if (m.Success && TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out date)) { match = m; return true; }
        m = Numeric().Match(text);
        if (m.Success && TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out date)) { match = m; return true; }
        return false;
    }

    private static bool TryMake(string y, string mo, string d, out DateOnly date)
    {
        date = default;
        int year = int.Parse(y);
        if (year < 100) year += 2000;
        int month = char.IsDigit(mo[0]) ? int.Parse(mo) : MonthNumber(mo);
        int day = int.Parse(d);
        if (month is < 1 or > 12 || day < 1 || year < 1900 || year > 2100 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    public static int MonthNumber(string name)
    {
        if (name.Length < 3) return 0;
        return char.ToLowerInvariant(name[0]) switch
        {
            'j' => name[1] is 'a' or 'A' ? 1 : name[2] is 'n' or 'N' ? 6 : 7,
            'f' => 2,
            'm' => name[2] is 'r' or 'R' ? 3 : 5,
            'a' => name[1] is 'p' or 'P' ? 4 : 8,
            's' => 9,
            'o' => 10,
            'n' => 11,
            'd' => 12,
            _ => 0,
        };
    }

    private const string Month = "(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\.?,?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @"\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)[/.](?<m>[01]?\d)[/.](?<y>(?:19|20)?\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}
