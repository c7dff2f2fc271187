using System.Text.RegularExpressions;
using Minutebook.Model;

namespace Minutebook.Extraction.Minutes;

/// <summary>What opens a resolution: "RESOLVED:", "Resolved –", "RESOLVED 2021/003", "It was resolved that",
/// "The Sub-Committee Resolved – That", "3. RESOLVED that Cabinet agree to:", "AGREED:".</summary>
public sealed record ResolutionMarker(string? Reference, string? ResolvedBy, string Rest);

/// <summary>
/// Resolutions of one minute item: the marker, then the text on the same line or the lines after, split into
/// numbered or lettered parts ("1)", "(a)", "a.", "i.", "- 2 That") or kept as one unnumbered resolution.
/// A line starting in lower case, or following a part that has not ended its sentence, continues that part
/// (a page break with running headers in between, a PDF line wrap). Parts printed twice are kept once.
/// </summary>
public sealed partial class ResolutionRecogniser
{
    private readonly MinuteItem _item;
    private readonly ResolutionMarker _marker;
    private readonly SourceRef _source;
    private string? _preamble;
    private Resolution? _single;
    private readonly List<Resolution> _parts = [];

    private bool _lastWasBullet;
    private int _lastLineLength;

    public ResolutionRecogniser(MinuteItem item, ResolutionMarker marker, SourceRef source)
    {
        _item = item;
        _marker = marker;
        _source = source;
        var rest = marker.Rest.Trim();
        _lastLineLength = rest.Length;
        if (rest.Length == 0) return;
        if (IsPreamble(rest)) _preamble = rest;
        else _single = NewResolution(marker.Reference, rest, source);
    }

    public static ResolutionMarker? TryMarker(string text)
    {
        if (text.Length < 6) return null;
        if (!(text.Contains("esolved", StringComparison.Ordinal) || text.Contains("ESOLVED", StringComparison.Ordinal)
              || text.Contains("AGREED", StringComparison.Ordinal) || text.Contains("DECIDED", StringComparison.Ordinal) || text.Contains("DECISION", StringComparison.Ordinal)))
            return null;
        var m = Marker().Match(text);
        if (!m.Success) return null;
        var kw = m.Groups["kw"].Value;
        var by = m.Groups["by"].Success ? m.Groups["by"].Value.Trim() : null;
        var rest = m.Groups["rest"].Value.Trim();
        bool restOk = rest.Length == 0 || m.Groups["sep"].Success || m.Groups["ref"].Success || ThatStart().IsMatch(rest);
        if (!restOk) return null;
        if (kw is "AGREED" or "DECIDED" or "DECISION" && by is not null) return null;
        string? resolvedBy = null;
        if (by is not null)
        {
            if (ItWas().IsMatch(by)) resolvedBy = null;
            else if (ResolvingBody().IsMatch(by))
            {
                var sitting = SittingAs().Match(by);
                resolvedBy = sitting.Success ? sitting.Groups["body"].Value.Trim() : TheWord().Replace(by, "");
            }
            else return null;
        }
        else if (kw == "resolved") return null;
        var reference = m.Groups["ref"].Success ? m.Groups["ref"].Value.Trim('(', ')', ' ') : null;
        return new ResolutionMarker(reference, resolvedBy, rest);
    }

    /// <summary>Offers the next content line; false when the line does not belong to the resolution (the block ends).</summary>
    public bool Accept(string text, SourceRef source)
    {
        if (text.Contains('\t')) return true; // a table the resolution refers to ("the following posts:")
        var t = text.Trim();
        bool bulleted = false;
        var bullet = Bullet().Match(t);
        if (bullet.Success) { bulleted = true; t = t[bullet.Length..].Trim(); }
        if (t.Length == 0) return true;
        var part = Part().Match(t);
        if (part.Success)
        {
            var label = part.Groups["n"].Success ? part.Groups["n"].Value : part.Groups["n2"].Value;
            if (_single is not null && _parts.Count == 0)
            {
                if (!EndsOpen(_single.Text)) return false;
                _preamble = _single.Text;
                _single = null;
            }
            if (_parts.Count > 0 && !Follows(_parts[^1].Number!, label) && !IsFirstLabel(label)) return false;
            _parts.Add(NewResolution(label, PrefixThat(part.Groups["text"].Value.Trim()), source));
            Took(t, bulleted);
            return true;
        }
        var last = _parts.Count > 0 ? _parts[^1] : _single;
        if (bulleted)
        {
            if (last is null) _single = NewResolution(_marker.Reference, PrefixThat(t), source);
            else last.Text = Join(last.Text, t, last.Text.TrimEnd().EndsWith(':') ? " " : "; ");
            Took(t, true);
            return true;
        }
        if (last is null)
        {
            if (_preamble is null && IsPreamble(t)) _preamble = t;
            else _single = NewResolution(_marker.Reference, PrefixThat(t), source);
            Took(t, false);
            return true;
        }
        if (char.IsLower(t[0]) || (!EndsSentence(last.Text) && !_lastWasBullet && _lastLineLength >= 50))
        {
            last.Text = Join(last.Text, t, " ");
            Took(t, false);
            return true;
        }
        return false;
    }

    private void Took(string line, bool bullet)
    {
        _lastWasBullet = bullet;
        _lastLineLength = line.Length;
    }

    /// <summary>Ends the block: adds the resolutions to the minute item.</summary>
    public void Complete()
    {
        if (_parts.Count == 0 && _single is null && _preamble is not null)
        {
            _single = NewResolution(_marker.Reference, _preamble, _source);
            _preamble = null;
        }
        foreach (var p in _parts)
        {
            if (_preamble is not null && !IsBareThat(_preamble)) p.Preamble = _preamble;
            AddOnce(p);
        }
        if (_parts.Count == 0 && _single is not null)
        {
            if (_preamble is not null && !IsBareThat(_preamble) && !_single.Text.StartsWith(_preamble, StringComparison.Ordinal))
                _single.Text = _preamble + " " + _single.Text;
            AddOnce(_single);
        }
    }

    private void AddOnce(Resolution r)
    {
        r.Text = Tidy(r.Text);
        if (_item.Resolutions.Any(x => x.Number == r.Number && Same(x.Text, r.Text))) return;
        _item.Resolutions.Add(r);
    }

    private static bool IsFirstLabel(string label) => label is "1" or "a" or "A" or "i" or "I";

    /// <summary>Does <paramref name="label"/> come right after <paramref name="previous"/> (2 after 1, b after a, ii after i)?</summary>
    private static bool Follows(string previous, string label)
    {
        if (int.TryParse(previous, out var p) && int.TryParse(label, out var n)) return n == p + 1;
        if (previous.Length == 1 && label.Length == 1 && char.IsLetter(previous[0]) && char.IsLetter(label[0]))
            return char.ToLowerInvariant(label[0]) == char.ToLowerInvariant(previous[0]) + 1;
        if (IsRoman(previous) && IsRoman(label)) return Roman(label) == Roman(previous) + 1;
        return false;
    }

    private static bool IsRoman(string s) => s.Length > 0 && s.All(c => "ivxIVX".Contains(c));

    private static int Roman(string s)
    {
        int total = 0, prev = 0;
        for (int i = s.Length - 1; i >= 0; i--)
        {
            int v = char.ToLowerInvariant(s[i]) switch { 'i' => 1, 'v' => 5, 'x' => 10, _ => 0 };
            total += v < prev ? -v : v;
            prev = Math.Max(prev, v);
        }
        return total;
    }

    private Resolution NewResolution(string? number, string text, SourceRef source) =>
        new() { Number = number, Text = text, Source = source, Reference = _marker.Reference, ResolvedBy = _marker.ResolvedBy };

    private string PrefixThat(string body) =>
        _preamble is not null && IsBareThat(_preamble) && !ThatStart().IsMatch(body) ? "That " + body : body;

    private static bool IsBareThat(string text) => text.Trim().TrimEnd(':', ',', '-', '–').Trim().Equals("that", StringComparison.OrdinalIgnoreCase);

    private static bool IsPreamble(string text) => IsBareThat(text) || text.TrimEnd().EndsWith(':');

    private static bool EndsOpen(string text) => text.TrimEnd().EndsWith(':') || IsBareThat(text);

    private static bool EndsSentence(string text)
    {
        var t = text.TrimEnd().TrimEnd('*', ' ');
        return t.Length > 0 && t[^1] is '.' or ';' or ':' or '!' or '?' or ')' && !t.EndsWith(" and", StringComparison.Ordinal)
               || t.EndsWith("; and", StringComparison.Ordinal) || t.EndsWith("; or", StringComparison.Ordinal);
    }

    private static string Join(string a, string b, string separator) => a.TrimEnd() + separator + b.Trim();

    private static string Tidy(string text) => MultiSpace().Replace(text.Replace("**", "").Trim(), " ");

    private static bool Same(string a, string b) =>
        string.Equals(MultiSpace().Replace(a, " ").Trim().TrimEnd('.', ';'), MultiSpace().Replace(b, " ").Trim().TrimEnd('.', ';'), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:\d{1,3}[.)]\s+)?(?:(?<by>[A-Z][^:;.]{1,160}?)\s+)?(?:(?:unanimously|formally)\s+)?(?<kw>RESOLVED|Resolved|resolved|AGREED|DECIDED|DECISION)(?:\s+(?:unanimously|accordingly))?\s*(?:\((?<how>[^)]{1,40})\))?\s*(?<ref>\(?(?:[A-Z]{1,6}\s?/?\s?)?\d{2,4}/\d{1,4}(?:/\d{1,4})?\)?)?\s*(?<sep>[:\-–—]|,(?=\s*that))?\s*(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:The|the)\s+")]
    private static partial Regex TheWord();

    [GeneratedRegex(@"^that\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThatStart();

    [GeneratedRegex(@"^it\s+was(?:\s+(?:therefore|unanimously|further|also))*$|^(?:and\s+)?it\s+was$", RegexOptions.IgnoreCase)]
    private static partial Regex ItWas();

    [GeneratedRegex(@"(?:Committee|Sub-Committee|Subcommittee|Board|Cabinet|Council|Panel|Group|Members|Forum|Executive|Partnership|Assembly|Commission|Authority|Trustees|Governors)\b(?:\s+(?:therefore|unanimously|then|also))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ResolvingBody();

    [GeneratedRegex(@"\b(?:sitting|acting|meeting)\s+as\s+(?:the\s+)?(?<body>.+?)(?:\s+(?:therefore|unanimously|then|also))?$", RegexOptions.IgnoreCase)]
    private static partial Regex SittingAs();

    [GeneratedRegex(@"^(?:[-•*·▪]\s*)+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:\(?(?<n>\d{1,2}|[a-zA-Z]|[ivxIVX]{1,5})[).]|\((?<n>\d{1,2}|[a-zA-Z]|[ivxIVX]{1,5})\)|(?<n2>\d{1,2})(?=\s+(?:[A-Z]|the\b|that\b)))\s+(?<text>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Part();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultiSpace();
}
