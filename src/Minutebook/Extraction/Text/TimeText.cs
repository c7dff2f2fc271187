using System.Text.RegularExpressions;

namespace Minutebook.Extraction.Text;

/// <summary>
/// Finds a clock time as councils print it: "10.00 a.m.", "2.00 pm", "2pm", "10:00", "14:00", "10.30am", "12 noon".
/// A bare "10.00" without a.m./p.m. or colon is not taken as a time (it could be a sum or a paragraph number).
/// </summary>
public static partial class TimeText
{
    public static bool TryParse(string? text, out TimeOnly time) => TryFind(text, out time, out _);

    public static bool TryFind(string? text, out TimeOnly time, out int index)
    {
        time = default; index = -1;
        if (string.IsNullOrEmpty(text)) return false;
        var m = Clock().Match(text);
        while (m.Success)
        {
            if (TryBuild(m, out time)) { index = m.Index; return true; }
            m = m.NextMatch();
        }
        return false;
    }

    /// <summary>Every time in the text, in order ("commenced at 10.00 am and finished at 11.45 am").</summary>
    public static IEnumerable<(TimeOnly Time, int Index)> FindAll(string text)
    {
        var m = Clock().Match(text);
        while (m.Success)
        {
            if (TryBuild(m, out var t)) yield return (t, m.Index);
            m = m.NextMatch();
        }
    }

    private static bool TryBuild(Match m, out TimeOnly time)
    {
        time = default;
        if (m.Groups["noon"].Success) { time = new TimeOnly(12, 0); return true; }
        int hour = int.Parse(m.Groups["h"].ValueSpan);
        int minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].ValueSpan) : 0;
        var ampm = m.Groups["ampm"].Value;
        bool colon = m.Groups["sep"].Value == ":";
        if (ampm.Length == 0 && !colon) return false;
        if (minute > 59) return false;
        if (ampm.Length > 0)
        {
            if (hour < 1 || hour > 12) return false;
            bool pm = char.ToLowerInvariant(ampm[0]) == 'p';
            if (pm && hour != 12) hour += 12;
            if (!pm && hour == 12) hour = 0;
        }
        else if (hour > 23) return false;
        time = new TimeOnly(hour, minute);
        return true;
    }

    [GeneratedRegex(@"(?<![\d.:£$])(?:(?<noon>12(?:[.:]00)?\s*noon|\bnoon\b|\bmidday\b)|(?<h>\d{1,2})(?:(?<sep>[.:])(?<m>\d{2}))?\s*(?<ampm>[ap]\.?\s?m\b\.?)?)(?![\d%£])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}
