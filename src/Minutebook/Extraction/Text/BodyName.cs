using System.Text.RegularExpressions;

namespace Minutebook.Extraction.Text;

/// <summary>
/// Recognises the name of a meeting body on a heading line: "Health and Wellbeing Board",
/// "AGENDA PAPERS FOR HEALTH AND WELLBEING BOARD", "Meeting of the Adult Social Care and Public Health Committee",
/// "Wirral Place Based Partnership Board", "Cabinet", "Health Scrutiny Sub-Committee".
/// </summary>
public static partial class BodyName
{
    public static bool TryParseLine(string line, out string body)
    {
        body = "";
        var t = line.Trim().TrimEnd('.', ':', ',');
        if (t.Length < 5 || t.Length > 120) return false;
        var lead = LeadIn().Match(t);
        if (lead.Success) t = t[lead.Length..].Trim();
        var tail = Trailer().Match(t);
        if (tail.Success && tail.Index > 0) t = t[..tail.Index].Trim();
        if (t.Length < 5 || !EndsWithBody().IsMatch(t) || Rejected().IsMatch(t)) return false;
        if (CouncilName.TryParseLine(t, out _) && !t.ContainsIgnoreCase("Board")) return false;
        if (!char.IsUpper(t[0])) return false;
        body = NameCase.Title(t);
        return true;
    }

    [GeneratedRegex(@"^(?:(?:agenda|agenda papers|papers|notice|summons|minutes)\s+(?:for|of|to)\s+(?:a\s+|the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?|(?:a\s+)?meeting\s+of\s+(?:the\s+)?|meeting\s+|the\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\s+(?:[-–—]\s+|held\s+|on\s+(?:mon|tue|wed|thu|fri|sat|sun)|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]).*$", RegexOptions.IgnoreCase)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"(?:board|committee|sub-committee|subcommittee|panel|cabinet|forum|partnership|commission|executive|assembly|group|council|authority)$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithBody();

    [GeneratedRegex(@"^(?:membership|members|chair|contact|clerk|democratic|to\b|the\s+(?:council|board|committee)$)|\b(?:of\s+the\s+committee|of\s+the\s+board)$", RegexOptions.IgnoreCase)]
    private static partial Regex Rejected();
}
