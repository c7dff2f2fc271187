using System.Text.RegularExpressions;

namespace Minutebook.Extraction.Text;

/// <summary>
/// Finds the name of a local authority: "Trafford Council", "TRAFFORD COUNCIL", "Nottinghamshire County Council",
/// "Cheshire East Council", "London Borough of Barnet", "Royal Borough of Greenwich", "City of York Council".
/// Generic uses ("the Council", "the County Council", "Annual Council Meeting") are not names.
/// </summary>
public static partial class CouncilName
{
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "our", "your", "each", "every", "any", "other", "local", "full", "annual",
        "county", "borough", "city", "district", "town", "parish", "executive", "whole", "said", "relevant", "host",
        "of", "and", "in", "at", "by", "to", "for", "from", "with", "on", "part", "all", "member", "members", "leader",
    };

    /// <summary>A line that is nothing but an authority's name.</summary>
    public static bool TryParseLine(string line, out string name)
    {
        name = "";
        var t = line.Trim().TrimEnd('.', ',');
        if (t.Length < 8 || t.Length > 70 || !t.ContainsIgnoreCase("Council") && !t.ContainsIgnoreCase("Borough")) return false;
        var m = WholeLine().Match(t);
        if (!m.Success) return false;
        if (!FirstWordOk(m.Value)) return false;
        name = NameCase.Title(m.Value);
        return true;
    }

    /// <summary>The first authority named in a sentence ("… of Cheshire East Council decision making meetings").</summary>
    public static bool TryFind(string text, out string name)
    {
        name = "";
        if (!text.Contains("Council", StringComparison.Ordinal) && !text.Contains("Borough of", StringComparison.Ordinal)) return false;
        foreach (Match m in InSentence().Matches(text))
        {
            var value = TrimGeneric(m.Value);
            if (value is null) continue;
            name = value;
            return true;
        }
        return false;
    }

    /// <summary>The authority named most often in the given lines (a pack whose front sheet does not say).</summary>
    public static string? MostFrequent(IEnumerable<string> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!line.Contains("Council", StringComparison.Ordinal) && !line.Contains("Borough of", StringComparison.Ordinal)) continue;
            foreach (Match m in InSentence().Matches(line))
            {
                var value = TrimGeneric(m.Value);
                if (value is null) continue;
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }
        return counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Length).First().Key;
    }

    private static string? TrimGeneric(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && Generic.Contains(words[0]) && !IsBoroughOf(words)) words.RemoveAt(0);
        if (words.Count < 2) return null;
        var name = string.Join(' ', words);
        return FirstWordOk(name) ? NameCase.Title(name) : null;
    }

    private static bool IsBoroughOf(List<string> words) =>
        words.Count > 2 && words[1].Equals("Borough", StringComparison.OrdinalIgnoreCase) && words[2].Equals("of", StringComparison.OrdinalIgnoreCase)
        || words.Count > 1 && words[0].Equals("City", StringComparison.OrdinalIgnoreCase) && words[1].Equals("of", StringComparison.OrdinalIgnoreCase);

    private static bool FirstWordOk(string name)
    {
        var first = name.Split(' ', 2)[0];
        if (first.Equals("City", StringComparison.OrdinalIgnoreCase) && name.ContainsIgnoreCase(" of ")) return true;
        return !Generic.Contains(first);
    }

    private const string Word = @"(?:[A-Z][A-Za-z'’\-]+|[A-Z]{2,})";

    [GeneratedRegex(@"^(?:(?:London|Royal)\s+Borough\s+of\s+" + Word + @"(?:\s+(?:and|upon|on)?\s*" + Word + @")*(?:\s+Council)?|(?:City\s+of\s+)?" + Word + @"(?:\s+(?:and|upon|on|of|in|the|&)?\s*" + Word + @"){0,4}\s+(?:County\s+|Borough\s+|City\s+|District\s+|Metropolitan\s+Borough\s+|Town\s+|Parish\s+)?Council)$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeLine();

    [GeneratedRegex(@"(?:(?:London|Royal)\s+Borough\s+of\s+" + Word + @"(?:\s+(?:and|upon|on)\s+" + Word + @")?|(?:City\s+of\s+)?" + Word + @"(?:\s+(?:and\s+|upon\s+|on\s+)?" + Word + @"){0,3}\s+(?:County\s+|Borough\s+|City\s+|District\s+|Metropolitan\s+Borough\s+|Town\s+)?Council)\b")]
    private static partial Regex InSentence();
}
