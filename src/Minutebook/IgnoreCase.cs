using System.Buffers;

namespace Minutebook;

/// <summary>
/// <c>text.Contains(value, StringComparison.OrdinalIgnoreCase)</c>, fast. The project runs with invariant globalization,
/// where the framework's ignore-case search compares character by character; this one first finds the candidates for
/// the value's first character with a vectorised search, then compares there with the same ordinal ignore-case rule,
/// so the answer is the framework's own.
/// </summary>
public static class IgnoreCase
{
    /// <summary>For each ASCII character, every character equal to it under <see cref="StringComparison.OrdinalIgnoreCase"/>
    /// ('s' also finds 'ſ', 'i' also finds 'ı'): computed on first use.</summary>
    private static readonly SearchValues<char>?[] FirstChars = new SearchValues<char>?[128];

    public static bool ContainsIgnoreCase(this string text, string value) => IndexOf(text, value) >= 0;

    public static bool ContainsIgnoreCase(this ReadOnlySpan<char> text, ReadOnlySpan<char> value) => IndexOf(text, value) >= 0;

    /// <summary>The index of the first occurrence of <paramref name="value"/> in <paramref name="text"/> ignoring case, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || value[0] >= 128) return text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        var firsts = FirstChars[value[0]] ??= Equivalents(value[0]);
        int from = 0;
        while (text.Length - from >= value.Length)
        {
            int at = text[from..].IndexOfAny(firsts);
            if (at < 0) return -1;
            at += from;
            if (text.Length - at < value.Length) return -1;
            if (text.Slice(at, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase)) return at;
            from = at + 1;
        }
        return -1;
    }

    private static SearchValues<char> Equivalents(char c)
    {
        var chars = new List<char>();
        Span<char> one = stackalloc char[1];
        ReadOnlySpan<char> target = [c];
        for (int x = 0; x <= char.MaxValue; x++)
        {
            if (char.IsSurrogate((char)x)) continue;
            one[0] = (char)x;
            if (((ReadOnlySpan<char>)one).Equals(target, StringComparison.OrdinalIgnoreCase)) chars.Add((char)x);
        }
        return SearchValues.Create(chars.ToArray());
    }
}
