using System.Text.RegularExpressions;
using Minutebook.Model;

namespace Minutebook.Extraction.Minutes;

/// <summary>
/// Declarations of interest: "No declarations were made" (one entry, no name, interest "none"), or who declared
/// which kind of interest on which item ("Councillor X declared a personal interest in item 7 as ...",
/// a table Name&lt;TAB&gt;Item&lt;TAB&gt;Interest).
/// </summary>
public static partial class DeclarationRecogniser
{
    public const string None = "none";

    /// <summary>Is this minute item (by its title) the declarations item?</summary>
    public static bool IsDeclarationsTitle(string title) =>
        title.ContainsIgnoreCase("interest") &&
        (title.ContainsIgnoreCase("declar") || title.ContainsIgnoreCase("disclos"));

    /// <summary>Reads one line of a declarations item (or any line that declares); adds what it finds.</summary>
    public static bool TryRead(string text, SourceRef source, List<Declaration> into, bool inDeclarationsItem)
    {
        if (inDeclarationsItem && NoneMade().IsMatch(text))
        {
            if (!into.Any(d => d.Name is null && d.Interest == None))
                into.Add(new Declaration { Name = null, Item = null, Interest = None, Source = source });
            return true;
        }
        if (inDeclarationsItem && text.Contains('\t'))
        {
            var cells = text.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
            if (cells.Length >= 2 && !HeaderCell().IsMatch(cells[0]))
            {
                var who = PersonNames.TrimSentenceEnd(PersonNames.StripHonorifics(cells[0], out _));
                var item = cells.Length >= 3 ? ItemNumber(cells[1]) ?? cells[1] : null;
                into.Add(new Declaration { Name = who, Item = item, Interest = cells[^1], Source = source });
                return true;
            }
            return false;
        }
        if (!text.ContainsIgnoreCase("declare") && !text.ContainsIgnoreCase("interest")) return false;
        var m = Declared().Match(text);
        if (!m.Success) return false;
        var whoText = m.Groups["who"].Value.Trim();
        var kind = m.Groups["kind"].Value.Trim();
        var rest = m.Groups["rest"].Value.Trim().TrimEnd('.');
        var itemText = m.Groups["item"].Success ? m.Groups["item"].Value : ItemNumber(rest);
        var interest = (kind.Length > 0 ? kind + " interest" : "interest") + (m.Groups["reason"].Success ? " " + m.Groups["reason"].Value.Trim().TrimEnd('.') : "");
        var names = SplitDeclarants(whoText);
        foreach (var name in names)
            into.Add(new Declaration { Name = name, Item = itemText, Interest = interest, Source = source });
        return true;
    }

    private static List<string> SplitDeclarants(string who)
    {
        var t = Regex.Replace(who, @"^(?:Councillors|Cllrs)\s+", "", RegexOptions.IgnoreCase);
        var parts = PersonNames.SplitList(t)
            .Select(p => PersonNames.TrimSentenceEnd(PersonNames.StripHonorifics(p, out _)))
            .Where(p => p.Length > 0).ToList();
        if (parts.Count > 0 && parts.All(PersonNames.IsNameLike)) return parts;
        return [PersonNames.TrimSentenceEnd(PersonNames.StripHonorifics(who, out _))];
    }

    private static string? ItemNumber(string text)
    {
        var m = ItemRef().Match(text);
        return m.Success ? m.Groups["n"].Value : null;
    }

    [GeneratedRegex(@"^(?:there\s+(?:were|was)\s+)?no\s+(?:additional\s+|further\s+|other\s+|new\s+)?(?:declarations?|interests?|disclosures?)\b|\bno\s+(?:additional\s+|further\s+|other\s+)?(?:declarations?|interests?)(?:\s+of\s+interests?)?\s+(?:were|was|had\s+been|have\s+been)\s+(?:made|received|declared|disclosed|raised|reported|given)|^(?:none|nil)(?:\s+(?:declared|received|made))?\.?$|\bnone\s+were\s+(?:declared|made|received)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoneMade();

    [GeneratedRegex(@"^(?:[-•]\s*)?(?<who>[A-Z][^.]{1,160}?)\s+(?:each\s+|both\s+|all\s+)?(?:declared|declare|declares|disclosed|registered)\s+(?:an?\s+|their\s+|his\s+|her\s+)?(?<kind>(?:[\w\-]+\s+){0,4}?)interests?\b(?:\s+(?:in|on|regarding|relating\s+to|in\s+relation\s+to|in\s+respect\s+of)\s+(?:agenda\s+)?(?:item|minute)s?\s*(?:no\.?\s*)?(?<item>\d+[a-z]?(?:\([a-z0-9]+\))?))?(?<rest>(?:\s*[,;]?\s*(?<reason>(?:as|because|since|being|by\s+virtue)\b.*))|.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Declared();

    [GeneratedRegex(@"\b(?:item|minute)s?\s*(?:no\.?\s*)?(?<n>\d+[a-z]?(?:\([a-z0-9]+\))?)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemRef();

    [GeneratedRegex(@"^(?:name|member|councillor|who)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCell();
}
