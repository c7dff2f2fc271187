namespace Minutebook.Extraction.Text;

/// <summary>Names printed in capitals ("HEALTH AND WELLBEING BOARD") set in title case ("Health and Wellbeing Board").</summary>
public static class NameCase
{
    private static readonly HashSet<string> Small = new(StringComparer.OrdinalIgnoreCase)
    { "and", "of", "the", "for", "on", "in", "upon", "under", "at", "to", "a", "an", "with", "by", "&" };

    /// <summary>Title case when the text has no lower-case letter; otherwise the text as printed.</summary>
    public static string Title(string text)
    {
        foreach (var c in text) if (char.IsLower(c)) return text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i > 0 && Small.Contains(w)) { words[i] = w.ToLowerInvariant(); continue; }
            if (w.Length <= 3 && w.All(char.IsLetter) && IsAcronym(w)) continue; // NHS, CCG, ICB
            words[i] = CapitaliseParts(w.ToLowerInvariant());
        }
        return string.Join(' ', words);
    }

    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal) { "NHS", "CCG", "ICB", "ICS", "ICP", "PCN", "GP", "UK", "HWB", "SEND", "CIC" };

    private static bool IsAcronym(string w) => Acronyms.Contains(w);

    private static string CapitaliseParts(string w)
    {
        var chars = w.ToCharArray();
        bool start = true;
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i])) { if (start) chars[i] = char.ToUpperInvariant(chars[i]); start = false; }
            else start = chars[i] is '-' or '(' or '/' or '\'' && !(chars[i] == '\'' && i + 1 < chars.Length && chars[i + 1] == 's');
        }
        return new string(chars);
    }
}
