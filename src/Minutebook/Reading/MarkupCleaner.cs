using System.Buffers;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Minutebook.Reading;

/// <summary>
/// Turns a line of converted text (markdown emphasis, headings, HTML fragments in cells, placeholder links)
/// into plain text. Tabs are kept: they separate table cells.
/// </summary>
public static partial class MarkupCleaner
{
    private static readonly SearchValues<char> Special = SearchValues.Create("*_<[\\#&");

    public readonly record struct Cleaned(string Text, bool Bold, bool Heading);

    public static Cleaned Clean(string raw)
    {
        var span = raw.AsSpan().TrimEnd();
        if (span.IndexOfAny(Special) < 0)
            return new Cleaned(span.Length == raw.Length ? CollapseSpaces(raw) : CollapseSpaces(span), false, false);

        string s = span.Length == raw.Length ? raw : span.ToString();
        bool heading = false, bold = false;
        var lead = s.AsSpan().TrimStart();
        if (lead.Length > 1 && lead[0] == '#')
        {
            int i = 0;
            while (i < lead.Length && lead[i] == '#') i++;
            if (i <= 6 && i < lead.Length && lead[i] == ' ')
            {
                heading = true;
                s = lead[(i + 1)..].ToString();
                lead = s.AsSpan().TrimStart();
            }
        }
        if (lead.StartsWith("**") || lead.StartsWith("__") || lead.StartsWith("<b>") || lead.StartsWith("- **"))
            bold = true;

        if (s.Contains('<'))
        {
            s = SupAfterWord().Replace(s, "");
            s = AutoLink().Replace(s, "$1");
            s = BreakTag().Replace(s, " ");
            s = ListItemTag().Replace(s, " ");
            s = AnyTag().Replace(s, "");
        }
        if (s.Contains("](")) s = PlaceholderLink().Replace(s, "$1");
        if (s.Contains('\\')) s = Escape().Replace(s, "$1");
        if (s.Contains('*') || s.Contains("__"))
        {
            var t = s.AsSpan().TrimStart();
            if (t.StartsWith("* ")) s = "- " + t[2..].ToString();
            s = s.Replace("**", "").Replace("__", "");
            s = Emphasis().Replace(s, "$1");
        }
        if (s.Contains('&')) s = WebUtility.HtmlDecode(s);
        return new Cleaned(CollapseSpaces(s), bold, heading);
    }

    /// <summary>Folds runs of spaces (not tabs) into one, turns non-breaking spaces into spaces, trims the ends.</summary>
    public static string CollapseSpaces(ReadOnlySpan<char> s) => CollapseSpaces(s, null);

    /// <summary><see cref="CollapseSpaces(ReadOnlySpan{char})"/> of a string: the string itself when nothing changes.</summary>
    public static string CollapseSpaces(string s) => CollapseSpaces(s, s);

    private static string CollapseSpaces(ReadOnlySpan<char> s, string? whole)
    {
        int length = s.Length;
        s = s.Trim(" \u00a0\r");
        bool needs = s.Contains('\u00a0') || s.Contains("  ", StringComparison.Ordinal) || s.Contains(" \t", StringComparison.Ordinal)
            || s.Contains("\t ", StringComparison.Ordinal);
        if (!needs) return whole is not null && s.Length == length ? whole : s.ToString();
        var sb = new StringBuilder(s.Length);
        char prev = '\0';
        foreach (var ch in s)
        {
            char c = ch == '\u00a0' ? ' ' : ch;
            if (c == ' ' && (prev == ' ' || prev == '\t')) continue;
            if (c == '\t' && prev == ' ') sb.Length--;
            sb.Append(c);
            prev = c;
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"(?<=\w)<sup>[^<]{1,6}</sup>", RegexOptions.IgnoreCase)]
    private static partial Regex SupAfterWord();
    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>", RegexOptions.IgnoreCase)]
    private static partial Regex AutoLink();
    [GeneratedRegex(@"<br\s*/?>|</p>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakTag();
    [GeneratedRegex(@"</?li[^>]*>|</?ul[^>]*>|</?ol[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItemTag();
    [GeneratedRegex(@"</?(?:p|b|i|u|em|strong|span|sup|sub|div|font|table|tr|td|th|tbody|thead)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex AnyTag();
    [GeneratedRegex(@"\[([^\]]*)\]\((?:#|https?://[^)\s]*)\)")]
    private static partial Regex PlaceholderLink();
    [GeneratedRegex(@"\\([\\()\[\]*_#.\-])")]
    private static partial Regex Escape();
    [GeneratedRegex(@"(?<![\w*])\*(?=\S)([^*\t]*?\S)\*(?![\w*])")]
    private static partial Regex Emphasis();
}
