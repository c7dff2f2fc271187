using System.Text;

namespace Minutebook.Store.Linking;

/// <summary>A person's name as printed, read into its parts: "Councillor Dr. J. A. Slater OBE (Chair)" → given ["j","a"], surname "slater".</summary>
public sealed record PersonName(string Printed, IReadOnlyList<string> Given, string Surname)
{
    /// <summary>The first given name when it is spelt out ("jane"), null for an initial or none.</summary>
    public string? FirstName => Given.Count > 0 && Given[0].Length > 1 ? Given[0] : null;
    public char? FirstInitial => Given.Count > 0 ? Given[0][0] : null;
    public bool SurnameOnly => Given.Count == 0;
}

public static class PersonNames
{
    private static readonly HashSet<string> Titles =
    [
        "councillor", "cllr", "county", "borough", "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor",
        "sir", "dame", "lord", "lady", "rev", "revd", "reverend", "canon", "the", "hon", "rt", "cabinet", "member",
        "mayor", "deputy", "alderman", "baroness", "baron",
    ];

    private static readonly HashSet<string> PostNominals =
    [
        "obe", "mbe", "cbe", "kbe", "dbe", "jp", "mp", "dl", "frcp", "frcs", "phd", "mba", "msc", "bsc", "ma", "ba",
        "rn", "jr", "sr", "ii", "iii", "qc", "kc", "cc", "mrcgp", "frcgp", "fcca", "cpfa",
    ];

    /// <summary>Reads a printed name; null when there is no name in it (empty, or only titles).</summary>
    public static PersonName? Parse(string? printed)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        // drop parentheses ("(Chair)") and anything after a comma ("J. Slater, Director of Public Health")
        var text = printed;
        int comma = text.IndexOf(',');
        if (comma > 0) text = text[..comma];
        var sb = new StringBuilder(text.Length);
        int depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth = Math.Max(0, depth - 1);
            else if (depth == 0) sb.Append(c);
        }
        var tokens = new List<string>();
        foreach (var raw in sb.ToString().Split([' ', '\t', '.', '\u00a0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var t = new string(raw.Where(ch => char.IsLetter(ch) || ch is '-' or '\'' or '\u2019').ToArray()).Trim('-', '\'', '\u2019');
            if (t.Length == 0) continue;
            tokens.Add(t.Replace('\u2019', '\'').ToLowerInvariant());
        }
        while (tokens.Count > 0 && Titles.Contains(tokens[0])) tokens.RemoveAt(0);
        while (tokens.Count > 0 && PostNominals.Contains(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count == 0) return null;
        // run-together initials: "JA Slater" (all capitals in print) → j, a
        var given = new List<string>();
        var printedTokens = sb.ToString().Split([' ', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var t in tokens.Take(tokens.Count - 1))
        {
            var original = printedTokens.FirstOrDefault(p => p.Trim('.', ',').Equals(t, StringComparison.OrdinalIgnoreCase));
            if (t.Length <= 3 && original is not null && original.Trim('.').All(char.IsUpper) && t.Length > 1 && !t.Contains('-'))
                given.AddRange(t.Select(ch => ch.ToString()));
            else given.Add(t);
        }
        return new PersonName(printed.Trim(), given, tokens[^1]);
    }

    /// <summary>
    /// Groups the names printed within one scope (an authority) into people. Merges only on strong evidence:
    /// the same spelt-out first name and surname; or an initial and surname ("J. Slater") when exactly one spelt-out
    /// person in the scope has that surname and initial. A surname alone ("Smith", "Councillor Smith") is never
    /// merged with anyone, and "J. Smith" and "K. Smith" stay apart.
    /// </summary>
    /// <returns>For each printed name, the person's key and display name.</returns>
    public static Dictionary<string, (string Key, string Display, string Surname)> Cluster(IEnumerable<string> printedNames)
    {
        var parsed = new Dictionary<string, PersonName>(StringComparer.Ordinal);
        foreach (var n in printedNames)
            if (!parsed.ContainsKey(n) && Parse(n) is { } p) parsed[n] = p;

        var result = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (var group in parsed.GroupBy(kv => kv.Value.Surname))
        {
            var surname = group.Key;
            // spelt-out first names: one person each; the display is the fullest printed form without titles
            var full = group.Where(kv => kv.Value.FirstName is not null)
                .GroupBy(kv => kv.Value.FirstName!)
                .ToDictionary(g => g.Key, g => Display(g.Select(kv => kv.Value), surname));
            foreach (var (printed, name) in group)
            {
                if (name.FirstName is { } first)
                {
                    result[printed] = ($"{first} {surname}", full[first], surname);
                }
                else if (name.FirstInitial is { } initial)
                {
                    var candidates = full.Keys.Where(f => f[0] == initial).ToList();
                    result[printed] = candidates.Count == 1
                        ? ($"{candidates[0]} {surname}", full[candidates[0]], surname)
                        : ($"{initial}. {surname}", $"{char.ToUpperInvariant(initial)}. {Capital(surname)}", surname);
                }
                else
                {
                    result[printed] = (surname, Capital(surname), surname);
                }
            }
        }
        return result;
    }

    private static string Display(IEnumerable<PersonName> names, string surname)
    {
        var best = names.OrderByDescending(n => n.Given.Count).ThenBy(n => n.Printed.Length).First();
        return string.Join(' ', best.Given.Select(g => g.Length == 1 ? char.ToUpperInvariant(g[0]) + "." : Capital(g))) + " " + Capital(surname);
    }

    private static string Capital(string word)
    {
        var sb = new StringBuilder(word.Length);
        bool start = true;
        for (int i = 0; i < word.Length; i++)
        {
            var c = word[i];
            sb.Append(start ? char.ToUpperInvariant(c) : c);
            start = c is '-' or '\'' || (i == 1 && word.StartsWith("mc", StringComparison.Ordinal));
        }
        return sb.ToString();
    }
}
