using System.Text.RegularExpressions;

namespace Minutebook.Extraction.Text;

/// <summary>Reads a clock time as minutes print it: "10.00 am", "2pm", "1.05 p.m.", "14:30", "noon".</summary>
public static partial class PrintedTime
{
    /// <summary>The pattern of one printed time, for use inside larger patterns.</summary>
    public const string Pattern = @"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\d{1,2}[.:]\d{2}(?!\d)|noon|midday)";

    public static bool TryParse(string text, out TimeOnly time)
    {
        time = default;
        var m = Exact().Match(text.Trim());
        if (!m.Success) return false;
        if (m.Groups["noon"].Success) { time = new TimeOnly(12, 0); return true; }
        int hour = int.Parse(m.Groups["h"].Value);
        int minute = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value) : 0;
        var suffix = m.Groups["ap"].Value.ToLowerInvariant();
        if (suffix.StartsWith('p') && hour < 12) hour += 12;
        else if (suffix.StartsWith('a') && hour == 12) hour = 0;
        if (hour > 23 || minute > 59) return false;
        time = new TimeOnly(hour, minute);
        return true;
    }

    [GeneratedRegex(@"^(?:(?<noon>noon|midday)|(?<h>\d{1,2})(?:[.:](?<min>\d{2}))?\s*(?<ap>a\.?m\.?|p\.?m\.?)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Exact();
}
