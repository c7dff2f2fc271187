namespace Minutebook.Extraction.Values;

public enum ValueKind
{
    /// <summary>Nothing printed.</summary>
    Blank,
    /// <summary>"-", "N/A", "nil": printed, but no figure.</summary>
    NotApplicable,
    /// <summary>A plain count or number ("3,077", "0.150").</summary>
    Number,
    /// <summary>An amount of money ("£251.05m", "-£0.2m", "(0.2)" in a £m column).</summary>
    Money,
    Percent,
    /// <summary>Anything that is not a figure.</summary>
    Text,
}

/// <summary>
/// A typed cell: the figure as printed (in the printed unit: 251.05 for "£251.05m"), its printed precision
/// (decimal places), the scale to pounds or units (1000000 for "m"), a comparator when printed as a target
/// ("&gt;60%", "&lt;= 5") and the upper end of a range ("5-10").
/// </summary>
public readonly record struct CellValue(ValueKind Kind, decimal Number = 0, int Decimals = 0, decimal Scale = 1, string? Op = null, decimal? High = null)
{
    public static readonly CellValue Blank = new(ValueKind.Blank);
    public static readonly CellValue NotApplicable = new(ValueKind.NotApplicable);
    public static readonly CellValue Text = new(ValueKind.Text);

    public bool IsFigure => Kind is ValueKind.Number or ValueKind.Money or ValueKind.Percent;
    /// <summary>Blank or "-": counts as nothing in a sum.</summary>
    public bool IsEmpty => Kind is ValueKind.Blank or ValueKind.NotApplicable;
    /// <summary>The figure in whole units (pounds for money).</summary>
    public decimal Absolute => Number * Scale;
    /// <summary>Half a unit of the last printed digit: how far rounding may have moved the printed figure.</summary>
    public decimal HalfUnit => 0.5m * Pow10(-Decimals);

    private static decimal Pow10(int e)
    {
        decimal r = 1;
        for (int i = 0; i < -e; i++) r /= 10;
        for (int i = 0; i < e; i++) r *= 10;
        return r;
    }

    public override string ToString() => Kind switch
    {
        ValueKind.Blank => "",
        ValueKind.NotApplicable => "-",
        ValueKind.Text => "text",
        _ => Format(Number, Decimals),
    };

    public static string Format(decimal value, int decimals) =>
        value.ToString("N" + decimals, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>What a column header says about the unit of its cells ("£m", "£000", "%").</summary>
public readonly record struct ColumnUnit(bool Money, decimal Scale, bool Percent)
{
    public static readonly ColumnUnit None = new(false, 1, false);

    public static ColumnUnit FromHeader(string header)
    {
        if (header.Length == 0) return None;
        if (header.Contains('£'))
        {
            if (header.ContainsIgnoreCase("£m") || header.ContainsIgnoreCase("£ m") || header.ContainsIgnoreCase("£million"))
                return new(true, 1_000_000m, false);
            if (header.Contains("£000", StringComparison.Ordinal) || header.Contains("£'000", StringComparison.Ordinal) || header.ContainsIgnoreCase("£k"))
                return new(true, 1_000m, false);
            return new(true, 1m, false);
        }
        if (header.Contains('%') || header.ContainsIgnoreCase("percent")) return new(false, 1, true);
        return None;
    }
}
