using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Minutebook.Web.Html;

/// <summary>Markup the code itself wrote and vouches for. Everything else written into a page is escaped.</summary>
public readonly record struct Raw(string Value)
{
    public override string ToString() => Value;
}

/// <summary>
/// Builds a page. Text from the papers is untrusted, so every value interpolated into <see cref="Add"/> is
/// HTML-encoded; only <see cref="Raw"/> values (markup built here) pass through unchanged.
/// </summary>
public sealed class HtmlWriter
{
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    internal readonly StringBuilder Sb = new(8192);

    public HtmlWriter Add([InterpolatedStringHandlerArgument("")] ref HtmlHandler html) => this;

    /// <summary>Encoded text.</summary>
    public HtmlWriter Text(string? text)
    {
        if (text is not null) Sb.Append(Encoder.Encode(text));
        return this;
    }

    public HtmlWriter Raw(Raw markup)
    {
        Sb.Append(markup.Value);
        return this;
    }

    public override string ToString() => Sb.ToString();

    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>One-off encoded fragment as <see cref="Html.Raw"/>.</summary>
    public static Raw Fragment(ref HtmlHandler html) => new(html.ToStringAndClear());
}

[InterpolatedStringHandler]
public ref struct HtmlHandler
{
    private readonly StringBuilder _sb;

    public HtmlHandler(int literalLength, int formattedCount, HtmlWriter writer) => _sb = writer.Sb;

    public HtmlHandler(int literalLength, int formattedCount) => _sb = new StringBuilder(literalLength + formattedCount * 16);

    public void AppendLiteral(string s) => _sb.Append(s);

    public void AppendFormatted(Raw raw) => _sb.Append(raw.Value);

    public void AppendFormatted(string? s)
    {
        if (s is not null) _sb.Append(HtmlWriter.Encoder.Encode(s));
    }

    public void AppendFormatted(int i) => _sb.Append(i.ToString(CultureInfo.InvariantCulture));

    public void AppendFormatted<T>(T value)
    {
        var s = value switch
        {
            null => null,
            Raw r => r.Value,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        if (s is null) return;
        if (value is Raw) _sb.Append(s);
        else _sb.Append(HtmlWriter.Encoder.Encode(s));
    }

    public void AppendFormatted<T>(T value, string? format) where T : IFormattable =>
        _sb.Append(HtmlWriter.Encoder.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

    internal string ToStringAndClear() => _sb.ToString();
}
