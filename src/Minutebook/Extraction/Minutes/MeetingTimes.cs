using System.Text.RegularExpressions;
using Minutebook.Extraction.Text;
using Minutebook.Model;

namespace Minutebook.Extraction.Minutes;

/// <summary>
/// "The meeting commenced at 10.00 am and finished at 11.45 am", "Meeting commenced at 2.00 pm, concluded at 4.10 pm",
/// "The meeting closed at 1.05 pm": the times a minuted meeting started and ended.
/// </summary>
public static partial class MeetingTimes
{
    /// <summary>Reads start and end from the line; true when it states when the meeting ended (the minutes end there).</summary>
    public static bool TryRead(string text, Meeting meeting, out bool ended)
    {
        ended = false;
        if (text.Length > 200 || !text.ContainsIgnoreCase(" at ")) return false;
        bool meetingWord = text.ContainsIgnoreCase("meeting") || text.ContainsIgnoreCase("session") || text.Length <= 60;
        if (!meetingWord) return false;
        var start = Start().Match(text);
        var end = End().Match(text);
        if (!start.Success && !end.Success) return false;
        if (start.Success && PrintedTime.TryParse(start.Groups["t"].Value, out var s)) meeting.Start ??= s;
        if (end.Success && PrintedTime.TryParse(end.Groups["t"].Value, out var e)) { meeting.End = e; ended = true; }
        return true;
    }

    [GeneratedRegex(@"\b(?:commenc(?:ed|ing)|start(?:ed|ing)|began|opened)\s+at\s+(?<t>" + PrintedTime.Pattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Start();

    [GeneratedRegex(@"\b(?:finish(?:ed|ing)?|conclud(?:ed|ing)|clos(?:ed|ing)|end(?:ed|ing)|terminat(?:ed|ing)|rose|adjourned)\s+at\s+(?<t>" + PrintedTime.Pattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex End();
}
