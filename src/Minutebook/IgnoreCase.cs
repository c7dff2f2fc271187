using System.Buffers;
using System.Collections.Concurrent;

namespace Minutebook;

/// <summary>
/// <c>text.Contains(value, StringComparison.OrdinalIgnoreCase)</c>, fast. The project runs with invariant globalization,
/// where the framework's ignore-case search compares character by character at every position; this one searches with
/// a vectorised <see cref="SearchValues{T}"/> of the value (made once per value and kept), which follows the same
/// ordinal ignore-case rule, so the answer is the framework's own.
/// </summary>
public static class IgnoreCase
{
    /// <summary>Values searched for so far. Rules search for a few dozen fixed words; the cap keeps values made from
    /// the papers themselves (agenda titles, column headers) from piling up in a long-running process.</summary>
    private static readonly ConcurrentDictionary<string, SearchValues<string>> Searchers = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, SearchValues<string>>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Searchers.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int MaxSearchers = 4096;

    /// <summary>The searchers of the values written in the rules (string literals, the same object at every call),
    /// found by reference: cheaper than hashing the value's characters on every line.</summary>
    private static readonly ConcurrentDictionary<string, SearchValues<string>> LiteralSearchers = new(ReferenceEqualityComparer.Instance);

    public static bool ContainsIgnoreCase(this string text, string value)
    {
        if (value.Length == 0 || text.Length < value.Length) return text.Contains(value, StringComparison.OrdinalIgnoreCase);
        if (!LiteralSearchers.TryGetValue(value, out var searcher))
        {
            searcher = SearcherFor(value);
            if (ReferenceEquals(string.IsInterned(value), value) && LiteralSearchers.Count < MaxSearchers) LiteralSearchers.TryAdd(value, searcher);
        }
        return text.AsSpan().IndexOfAny(searcher) >= 0;
    }

    public static bool ContainsIgnoreCase(this ReadOnlySpan<char> text, ReadOnlySpan<char> value) => IndexOf(text, value) >= 0;

    /// <summary>The index of the first occurrence of <paramref name="value"/> in <paramref name="text"/> ignoring case, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || text.Length < value.Length) return text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        return text.IndexOfAny(SearcherFor(value));
    }

    private static SearchValues<string> SearcherFor(ReadOnlySpan<char> value)
    {
        if (BySpan.TryGetValue(value, out var searcher)) return searcher;
        if (Searchers.Count >= MaxSearchers) Searchers.Clear();
        var key = value.ToString();
        return Searchers.GetOrAdd(key, static v => SearchValues.Create([v], StringComparison.OrdinalIgnoreCase));
    }
}
