using System.Globalization;

namespace Minutebook.Web.Html;

public static class Format
{
    public static string Date(DateOnly d) => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
    public static string Date(DateOnly? d) => d is { } x ? Date(x) : "date not given";
    public static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
    public static string Time(TimeOnly? t) => t?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "";
    public static string Number(double v) => v.ToString(Math.Abs(v) >= 100 ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);
    public static string Pages(Model.PageRange? p) => p is null ? "" : p.From == p.To ? $"page {p.From}" : $"pages {p.From}–{p.To}";
}
