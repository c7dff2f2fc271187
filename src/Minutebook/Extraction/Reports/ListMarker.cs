using System.Text.RegularExpressions;

namespace Minutebook.Extraction.Reports;

public enum MarkerStyle { None, Bullet, Number, Decimal, Letter, Roman }

/// <summary>
/// The marker that opens a list item: "1)", "(1)", "1.", "2.1.1.", "a)", "(b)", "i.", "- ", "•", "- 1)".
/// A marker's style and depth tell sub-items from items.
/// </summary>
public static partial class ListMarker
{
    public readonly record struct Marker(MarkerStyle Style, int Depth, string Label, int Length)
    {
        /// <summary>A bare number ("1 Understand ...", or "31 March" at the start of a wrapped line): weak evidence.</summary>
        public bool Bare { get; init; }
        public bool IsItem => Style != MarkerStyle.None;
        /// <summary>Same kind of marker (so a sibling, not a sub-item).</summary>
        public bool SameKindAs(Marker other) => Style == other.Style && Depth == other.Depth;
    }

    public static Marker Read(string text)
    {
        if (text.Length < 2) return default;
        char c = text[0];
        if (!(char.IsDigit(c) || char.IsLetter(c) || c is '(' or '-' or '•' or '▪' or '◦' or '●' or '·' or '–' or '*' or '\uF0B7')) return default;
        var m = Pattern().Match(text);
        if (!m.Success) return default;
        var n = m.Groups["n"];
        if (!n.Success) return new Marker(MarkerStyle.Bullet, 1, "-", m.Length);
        var label = n.Value;
        bool bare = !m.Groups["close"].Success && !m.Groups["bullet"].Success && !label.Contains('.')
                    && (m.Length <= label.Length || text[label.Length] != '.');
        MarkerStyle style;
        int depth = 1;
        if (label == "#") style = MarkerStyle.Number;   // a number too wide for its column, printed as "#"
        else if (char.IsDigit(label[0]))
        {
            int dots = label.AsSpan().Count('.');
            style = dots > 0 ? MarkerStyle.Decimal : MarkerStyle.Number;
            depth = dots + 1;
        }
        else style = label.Length > 1 || label is "i" or "I" ? MarkerStyle.Roman : MarkerStyle.Letter;
        return new Marker(style, depth, label, m.Length) { Bare = bare && style is MarkerStyle.Number };
    }

    // bullet, then optionally a number/letter marker; or a number/letter marker alone
    [GeneratedRegex(@"^(?<bullet>[-•▪◦●·–*]\s*)?(?:\((?<n>\d{1,2}|[a-zA-Z]|[ivxIVX]{2,5})(?<close>\))|(?<n>\d{1,2}|[a-zA-Z]|[ivx]{2,5})(?<close>\))|(?<n>\d{1,2}(?:\.\d{1,2}){0,3}|#)\.?(?=\s)|(?<n>[a-zA-Z]|[ivx]{2,5})(?<close>\.)(?=\s))\s*|^[-•▪◦●·–*]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
