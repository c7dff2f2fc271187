namespace Minutebook.Recognising;

/// <summary>
/// How well a heading printed on a paper matches an agenda item title: shared significant words (with crude
/// stemming, "Equalities" ~ "Equality") or an acronym of the title ("PHAR" ~ "Public Health Annual Report").
/// </summary>
public static class TitleMatch
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "from", "into", "this", "that", "our", "its", "are", "was", "will", "any", "all",
        "report", "update", "item", "items", "paper", "papers", "note", "receive", "consider", "meeting",
        "agenda", "page", "pages", "board", "committee", "council", "part",
    };

    private static readonly HashSet<string> AcronymSkip = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "the", "for", "on", "in", "to", "a", "an", "&" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWord = Stop.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The significant words of a title, stemmed.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        Span<char> buffer = stackalloc char[64];
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '/')) i++;
            if (i - start < 3) continue;
            var word = text.AsSpan(start, i - start);
            var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
            word.ToLowerInvariant(lower);
            if (StopWord.Contains(lower)) continue;
            var w = Stem(lower);
            if (!Contains(words, w)) words.Add(w.ToString());
        }
        return words;
    }

    private static bool Contains(List<string> words, ReadOnlySpan<char> w)
    {
        foreach (var x in words) if (w.SequenceEqual(x)) return true;
        return false;
    }

    /// <summary>Crude stemming of a lower-case word, in place: "-ies" → "-y", a plural "-s" dropped, at most 7 letters.</summary>
    private static Span<char> Stem(Span<char> w)
    {
        if (w.EndsWith("ies") && w.Length > 5) { w[^3] = 'y'; w = w[..^2]; }
        else if (w.EndsWith('s') && !w.EndsWith("ss") && w.Length > 4) w = w[..^1];
        return w.Length > 7 ? w[..7] : w;
    }

    /// <summary>Initials of the title's words ("Public Health Annual Report" → "PHAR").</summary>
    public static string Acronym(string title)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var part in title.Split([' ', '\t', '-', '–', ':', ','], StringSplitOptions.RemoveEmptyEntries))
            if (!AcronymSkip.Contains(part) && char.IsLetter(part[0])) sb.Append(char.ToUpperInvariant(part[0]));
        return sb.ToString();
    }

    /// <summary>
    /// Score in [0,1]: the share of the item's significant words found in the heading text, or 1 when the heading
    /// carries the item title's acronym. Needs at least two shared words unless the title has only one.
    /// </summary>
    public static double Score(string itemTitle, string heading)
    {
        var (itemWords, acronym) = Item(itemTitle);
        if (itemWords.Count == 0) return 0;
        // cheap pre-check: no word of the title (nor its acronym) appears at all
        bool any = acronym.Length >= 3 && heading.Contains(acronym, StringComparison.Ordinal);
        for (int i = 0; i < itemWords.Count && !any; i++)
        {
            var w = itemWords[i];
            any = heading.AsSpan().ContainsIgnoreCase(w.AsSpan(0, Math.Min(w.Length, 5)));
        }
        if (!any) return 0;
        var headWords = HeadingWords(heading);
        int shared = 0;
        foreach (var w in itemWords) if (headWords.Contains(w)) shared++;
        double score = shared < Math.Min(2, itemWords.Count) ? 0 : (double)shared / itemWords.Count;
        if (acronym.Length >= 3 && ContainsToken(heading, acronym)) score = 1;
        return score;
    }

    [ThreadStatic] private static string? _lastHeading;
    [ThreadStatic] private static List<string>? _lastHeadingWords;

    /// <summary>The words of a heading, kept for the next call: a heading is matched against every agenda item in turn.</summary>
    private static List<string> HeadingWords(string heading)
    {
        if (_lastHeadingWords is not null && string.Equals(heading, _lastHeading, StringComparison.Ordinal)) return _lastHeadingWords;
        var words = Words(heading);
        _lastHeading = heading;
        _lastHeadingWords = words;
        return words;
    }

    [ThreadStatic] private static Dictionary<string, (List<string> Words, string Acronym)>? _items;

    /// <summary>An agenda title's words and acronym, computed once (titles are matched against many headings).</summary>
    private static (List<string> Words, string Acronym) Item(string title)
    {
        var cache = _items ??= new Dictionary<string, (List<string>, string)>(StringComparer.Ordinal);
        if (cache.TryGetValue(title, out var entry)) return entry;
        if (cache.Count > 512) cache.Clear();
        return cache[title] = (Words(title), Acronym(title));
    }

    private static bool ContainsToken(string text, string token)
    {
        int at = text.IndexOf(token, StringComparison.Ordinal);
        while (at >= 0)
        {
            bool startOk = at == 0 || !char.IsLetter(text[at - 1]);
            bool endOk = at + token.Length == text.Length || !char.IsLetter(text[at + token.Length]);
            if (startOk && endOk) return true;
            at = text.IndexOf(token, at + 1, StringComparison.Ordinal);
        }
        return false;
    }
}
