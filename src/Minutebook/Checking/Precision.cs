using Minutebook.Extraction.Values;
using Minutebook.Model;

namespace Minutebook.Checking;

/// <summary>
/// What the printed precision allows: a figure shown to one decimal place may be up to 0.05 away from the true
/// value, so a sum of n such figures may drift by 0.05 × n. Whole counts in units are exact.
/// </summary>
public static class Precision
{
    /// <summary>Half a unit of the last printed digit, in printed units; zero for a whole number of units.</summary>
    public static decimal HalfUnit(CellValue v)
    {
        if (!v.IsFigure) return 0;
        if (v.Decimals == 0 && v.Scale == 1) return 0;
        return v.HalfUnit;
    }

    /// <summary>The figure formatted the way the cell printed it: "£251.0m", "3,226", "60%".</summary>
    public static string Format(decimal value, CellValue like, string printed)
    {
        var number = CellValue.Format(Math.Abs(value), like.Decimals);
        var sign = value < 0 ? "-" : "";
        var p = printed.Trim();
        if (p.Contains('£'))
        {
            var suffix = p.EndsWith('m') || p.EndsWith('M') ? "m" : p.EndsWith('k') || p.EndsWith('K') ? "k" : "";
            return sign + "£" + number + suffix;
        }
        return sign + number + (like.Kind == ValueKind.Percent ? "%" : "");
    }

    /// <summary>"(page 193, line 3414)" or "(line 3414)".</summary>
    public static string Cite(SourceRef source) =>
        source.Page is { } page ? $"(page {page}, line {source.Line})" : $"(line {source.Line})";
}
