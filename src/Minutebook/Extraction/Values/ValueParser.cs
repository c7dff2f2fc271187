namespace Minutebook.Extraction.Values;

/// <summary>
/// Reads one printed cell as a typed value: money (£251.05m, -£0.2m, (0.2), £8,000, £2.1 M, £172k),
/// percentages, counts with thousands separators, comparators (&gt;60%, &lt;= 5, at least 75%), ranges (5-10),
/// and "-", "N/A", blank. Hand-written, no regex: it runs on every cell of every table.
/// </summary>
public static class ValueParser
{
    public static CellValue Parse(string? cell) => Parse(cell.AsSpan(), ColumnUnit.None);

    public static CellValue Parse(string? cell, ColumnUnit unit) => Parse(cell.AsSpan(), unit);

    public static CellValue Parse(ReadOnlySpan<char> s, ColumnUnit unit)
    {
        s = s.Trim();
        if (s.IsEmpty) return CellValue.Blank;
        if (IsNotApplicable(s)) return CellValue.NotApplicable;
        // cheap pre-check: a figure has a digit among its first few characters
        int firstDigit = s.IndexOfAnyInRange('0', '9');
        if (firstDigit < 0 || firstDigit > 12) return CellValue.Text;

        string? op = null;
        if (s.StartsWith(">=") || s.StartsWith("=>") || s.StartsWith("≥")) { op = ">="; s = s[(s[0] == '≥' ? 1 : 2)..]; }
        else if (s.StartsWith("<=") || s.StartsWith("=<") || s.StartsWith("≤")) { op = "<="; s = s[(s[0] == '≤' ? 1 : 2)..]; }
        else if (s[0] == '>') { op = ">"; s = s[1..]; }
        else if (s[0] == '<') { op = "<"; s = s[1..]; }
        else if (s[0] == '=') { op = "="; s = s[1..]; }
        else if (StartsWithWords(s, "at least ")) { op = ">="; s = s[9..]; }
        else if (StartsWithWords(s, "no more than ")) { op = "<="; s = s[13..]; }
        else if (StartsWithWords(s, "less than ")) { op = "<"; s = s[10..]; }
        else if (StartsWithWords(s, "more than ")) { op = ">"; s = s[10..]; }
        s = s.TrimStart();

        if (!TryFigure(ref s, unit, out var first)) return CellValue.Text;
        s = s.TrimStart();
        if (s.IsEmpty) return first with { Op = op };

        // a range: "5-10", "5 – 10", "5 to 10"
        if (s[0] is '-' or '–' or '—' || StartsWithWords(s, "to "))
        {
            var rest = s[0] is '-' or '–' or '—' ? s[1..].TrimStart() : s[3..].TrimStart();
            if (TryFigure(ref rest, unit, out var high) && rest.Trim().IsEmpty && (high.Kind == first.Kind || first.Kind == ValueKind.Number))
                return first with { Kind = high.Kind, Op = op, High = high.Number };
        }
        return CellValue.Text;
    }

    public static bool IsNotApplicable(ReadOnlySpan<char> s) =>
        s is "-" or "–" or "—" or "--" or "n/a" or "N/A" or "NA" or "N/a" or "nil" or "Nil" or "NIL" or "n.a." or "N/K" or "TBC" or "tbc" or "*";

    private static bool StartsWithWords(ReadOnlySpan<char> s, string words) => s.StartsWith(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>One signed figure with its currency, scale and percent sign; advances past it.</summary>
    private static bool TryFigure(ref ReadOnlySpan<char> s, ColumnUnit unit, out CellValue value)
    {
        value = default;
        int i = 0;
        bool negative = false, money = unit.Money, paren = false;
        if (i < s.Length && s[i] == '(') { paren = true; i++; }
        if (i < s.Length && s[i] is '-' or '−' or '–') { negative = true; i++; }
        if (i < s.Length && s[i] == '£') { money = true; i++; if (i < s.Length && s[i] is '-' or '−') { negative = true; i++; } }
        if (i < s.Length && s[i] == '(' && !paren) { paren = true; i++; }

        int start = i;
        decimal number = 0;
        int decimals = 0, digits = 0;
        bool inFraction = false;
        while (i < s.Length)
        {
            char c = s[i];
            if (c >= '0' && c <= '9')
            {
                if (digits >= 27) return false;
                number = number * 10 + (c - '0');
                digits++;
                if (inFraction) decimals++;
                i++;
            }
            else if (c == ',' && !inFraction && digits > 0 && i + 3 < s.Length + 0 && IsThreeDigits(s, i + 1)) i++;
            else if (c == '.' && !inFraction && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])) { inFraction = true; i++; }
            else break;
        }
        if (digits == 0) return false;
        for (int d = 0; d < decimals; d++) number /= 10;

        decimal scale = money ? unit.Scale : 1;
        var kind = money ? ValueKind.Money : ValueKind.Number;
        // suffixes: "m", " M", "bn", "k", "%"
        int j = i;
        while (j < s.Length && s[j] == ' ') j++;
        if (j < s.Length)
        {
            char c = s[j];
            if (c == '%') { kind = ValueKind.Percent; scale = 1; i = j + 1; }
            else if ((c is 'm' or 'M') && EndsWord(s, j + 1) && (money || j == i)) { scale = 1_000_000m; i = j + 1; if (money) kind = ValueKind.Money; }
            else if ((c is 'k' or 'K') && EndsWord(s, j + 1) && (money || j == i)) { scale = 1_000m; i = j + 1; }
            else if (c == 'b' && j + 1 < s.Length && s[j + 1] == 'n' && EndsWord(s, j + 2)) { scale = 1_000_000_000m; i = j + 2; }
        }
        if (unit.Percent && kind == ValueKind.Number) kind = ValueKind.Percent;
        if (paren)
        {
            if (i < s.Length && s[i] == ')') { i++; negative = true; }
            else return false;
        }
        // a figure glued to letters ("2nd", "3.0 fte" is fine, "10am" is not)
        if (i < s.Length && char.IsLetterOrDigit(s[i]) || (i < s.Length && s[i] is '/' or ':')) return false;
        value = new CellValue(kind, negative ? -number : number, decimals, scale);
        s = s[i..];
        return true;
    }

    private static bool IsThreeDigits(ReadOnlySpan<char> s, int at) =>
        at + 2 < s.Length && char.IsAsciiDigit(s[at]) && char.IsAsciiDigit(s[at + 1]) && char.IsAsciiDigit(s[at + 2])
        && (at + 3 >= s.Length || !char.IsAsciiDigit(s[at + 3]));

    private static bool EndsWord(ReadOnlySpan<char> s, int at) => at >= s.Length || !char.IsLetter(s[at]);
}
