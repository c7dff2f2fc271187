using System.Text.RegularExpressions;

namespace Minutebook.Web.Data;

/// <summary>
/// Items the papers mark exempt or confidential (Part 2 business, "exempt by virtue of paragraph 3 of
/// Schedule 12A", "confidential information"), and the items that follow a resolution to exclude the press and
/// public. Only signed-in officers see them.
/// </summary>
public static partial class Exemption
{
    [GeneratedRegex(@"\bexempt\b|\bconfidential\b|\bnot\s+for\s+publication\b|\bpart\s*(?:2|ii|b)\b|\bprivate\s+(?:session|item|business)\b|\bschedule\s*12\s*a\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Marked();

    [GeneratedRegex(@"\bexclu(?:sion|de)\b.{0,40}\b(?:press|public)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Exclusion();

    /// <summary>The text of an item's title or description marks it exempt or confidential.</summary>
    public static bool IsMarked(string? text) => text is not null && Marked().IsMatch(text) && !Exclusion().IsMatch(text);

    /// <summary>The item resolves to exclude the press and public: the items after it are exempt.</summary>
    public static bool IsExclusion(string? text) => text is not null && Exclusion().IsMatch(text);

    /// <summary>For a list of items in order: which are exempt (marked, or after an exclusion of the press and public).</summary>
    public static bool[] Flags<T>(IReadOnlyList<T> items, Func<T, string?> text)
    {
        var flags = new bool[items.Count];
        bool after = false;
        for (int i = 0; i < items.Count; i++)
        {
            var t = text(items[i]);
            flags[i] = after || IsMarked(t);
            if (IsExclusion(t)) after = true;
        }
        return flags;
    }
}
