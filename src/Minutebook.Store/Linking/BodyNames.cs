using System.Text;

namespace Minutebook.Store.Linking;

/// <summary>
/// The keys that make the same committee, named differently across packs, one body:
/// "Health &amp; Wellbeing Board", "THE HEALTH AND WELL-BEING BOARD" and "Trafford Health and Wellbeing Board"
/// (for Trafford Council) share a key; the authority is part of it, so two councils' boards stay apart.
/// </summary>
public static class BodyNames
{
    /// <summary>Words that say what kind of authority it is, not which one.</summary>
    private static readonly HashSet<string> AuthorityKindWords =
    [
        "council", "county", "borough", "metropolitan", "city", "district", "london", "royal", "of", "the", "and",
        "unitary", "authority", "mbc", "cc", "bc", "dc",
    ];

    /// <summary>Words around a body's name that are not part of it.</summary>
    private static readonly string[] LeadingNoise = ["the", "meeting", "of", "agenda", "papers", "for", "minutes", "a"];
    private static readonly string[] TrailingNoise = ["meeting"];

    /// <summary>Lower case letters and digits, one space between words, "&amp;" read as "and", hyphens joined.</summary>
    public static string Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            else if (c is '-' or '\'' or '\u2019' or '.') { /* joined: well-being → wellbeing, St. → st */ }
            else if (c == '&')
            {
                if (sb.Length > 0) sb.Append(' ');
                sb.Append("and");
                space = true;
            }
            else space = true;
        }
        return sb.ToString();
    }

    /// <summary>The key of an authority: its distinctive words ("Kent County Council" → "kent").</summary>
    public static string AuthorityKey(string? authority)
    {
        var words = Words(authority);
        if (words.Length == 0) return "";
        var distinctive = words.Split(' ').Where(w => !AuthorityKindWords.Contains(w)).ToArray();
        return distinctive.Length == 0 ? words : string.Join(' ', distinctive);
    }

    /// <summary>The key of a body's name within its authority ("The Trafford Health &amp; Well-being Board meeting" → "health and wellbeing board").</summary>
    public static string NameKey(string? name, string? authority)
    {
        var words = Words(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LeadingNoise.Contains(words[0])) words.RemoveAt(0);
        while (words.Count > 1 && TrailingNoise.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        // the authority's own name in front of the body's ("Trafford Health and Wellbeing Board")
        var authorityWords = AuthorityKey(authority).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (authorityWords.Length > 0 && words.Count > authorityWords.Length && words.Take(authorityWords.Length).SequenceEqual(authorityWords))
        {
            words.RemoveRange(0, authorityWords.Length);
            while (words.Count > 1 && AuthorityKindWords.Contains(words[0]) && words[0] is not "and") words.RemoveAt(0);
        }
        return string.Join(' ', words);
    }

    public static string Key(string authorityKey, string nameKey) => authorityKey + "|" + nameKey;
}
