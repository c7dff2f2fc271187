using System.Text.RegularExpressions;

namespace Minutebook.Extraction.Reports;

/// <summary>What a labelled line on a report's cover says.</summary>
public enum LabelKind
{
    None,
    Title,
    /// <summary>"Report of", "Report from", "From": who the report is from.</summary>
    ReportOf,
    /// <summary>"Responsible Director", "Senior Officer", "Lead Officer", "Lead": the accountable officer.</summary>
    LeadOfficer,
    /// <summary>"Report Author", "Author": who wrote it (also a contact).</summary>
    Author,
    /// <summary>"Contact Officer", "Contact".</summary>
    Contact,
    /// <summary>"Report to": the meeting the report is addressed to.</summary>
    ReportTo,
    AgendaItem,
    DecisionNumber,
}

/// <summary>
/// Recognises the labelled lines of a report's cover: "Report Title: ...", "REPORT OF:\t...", "From: ...",
/// "Agenda Item: 4", "Agenda Item 7(b)", "Decision Number: 24/00115", and the unlabelled "REPORT OF THE DIRECTOR ...".
/// </summary>
public static partial class ReportLabel
{
    public readonly record struct Match(LabelKind Kind, string Value);

    public static Match Read(string text)
    {
        if (text.Length < 4 || text.Length > 400 || !char.IsLetter(text[0])) return default;
        if (text.Contains('\t'))
        {
            // a table row is a label only when it is a two-cell "label | value" pair
            var cells = text.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length is < 1 or > 2) return default;
            text = cells.Length == 2 ? cells[0].TrimEnd(':') + ": " + cells[1] : cells[0];
        }
        var m = MayBeLabelled(text) ? Labelled().Match(text) : System.Text.RegularExpressions.Match.Empty;
        if (m.Success) return new Match(KindOf(m.Groups["label"].Value), Tidy(m.Groups["value"].Value));
        char c = char.ToLowerInvariant(text[0]);
        if (c == 'r')
        {
            m = ReportOfPrefix().Match(text);
            if (m.Success) return new Match(m.Groups["to"].Success ? LabelKind.ReportTo : LabelKind.ReportOf, Tidy(m.Groups["value"].Value));
        }
        else if (c is 'a' or 'i')
        {
            m = ItemMark().Match(text);
            if (m.Success) return new Match(LabelKind.AgendaItem, m.Groups["value"].Value);
        }
        return default;
    }

    /// <summary>Cheap test before the regex: a separator (":", " – ", " - ") among the first 45 characters.</summary>
    private static bool MayBeLabelled(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 45));
        return head.IndexOf(':') >= 0 || head.IndexOf(" – ") >= 0 || head.IndexOf(" - ") >= 0;
    }

    /// <summary>The agenda item number at the start of a label value ("7(b)", "4", "7.2"), as printed.</summary>
    public static string? ItemNumber(string value)
    {
        var m = ItemNumberPattern().Match(value);
        return m.Success ? m.Value.Replace(" ", "") : null;
    }

    private static LabelKind KindOf(string label)
    {
        var l = label.ToLowerInvariant();
        if (l.StartsWith("agenda") || l.StartsWith("item")) return LabelKind.AgendaItem;
        if (l.StartsWith("decision")) return LabelKind.DecisionNumber;
        if (l.StartsWith("contact")) return LabelKind.Contact;
        if (l.Contains("author")) return LabelKind.Author;
        if (l.Contains("title") || l.StartsWith("subject") || l.Contains("name")) return LabelKind.Title;
        if (l.StartsWith("report to")) return LabelKind.ReportTo;
        if (l.StartsWith("report") || l == "from") return LabelKind.ReportOf;
        return LabelKind.LeadOfficer;
    }

    private static string Tidy(string value)
    {
        var v = value.Replace('\t', ' ').Trim().TrimEnd(':').Trim();
        if (v.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && v.Length > 4 && char.IsUpper(v[4])) v = v[4..];
        return v;
    }

    [GeneratedRegex(@"^(?<label>report\s+title|title\s+of\s+(?:the\s+)?(?:report|paper)|report\s+name|paper\s+title|subject|title|report\s+to|report\s+of|report\s+from|report\s+by|from|lead\s+officers?|lead\s+directors?|lead|report\s+authors?|authors?|responsible\s+(?:director|officer|executive|lead)|relevant\s+director|senior\s+(?:responsible\s+)?officers?|presented\s+by|sponsoring\s+director|executive\s+(?:lead|director|sponsor)|accountable\s+director|contact\s+officers?|contact|decision\s+(?:number|no\.?|ref(?:erence)?\.?)|agenda\s+item(?:\s+no\.?)?|item\s+(?:no\.?|number))\s*(?::|\s[–-]\s)\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^report\s+(?:(?<to>to)|of|from|by)\s+(?<value>(?:the\s+)?\p{L}.{2,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportOfPrefix();

    [GeneratedRegex(@"^(?:agenda\s+)?item(?:\s+no\.?)?\s+(?<value>\d{1,2}(?:\.\d{1,2})?(?:\s?\(?[a-z]\)?|\s?\([ivx]+\))?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemMark();

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})?(?:\s?\([a-zA-Z]\)|\s?\([ivx]+\)|[a-zA-Z](?![a-zA-Z]))?", RegexOptions.CultureInvariant)]
    private static partial Regex ItemNumberPattern();
}
