using System.Text.RegularExpressions;
using Minutebook.Extraction.Values;
using Minutebook.Model;

namespace Minutebook.Extraction.Tables;

/// <summary>
/// Indicators stated in prose: "the Frailty Virtual Ward has received 21 patients against a target of 40",
/// "94 pick-ups against a target of 79", "performance was 94 against the target of 79". The name is the
/// subject of the clause, the period the month named in the sentence; the status is derived from the target.
/// </summary>
public sealed partial class ProseIndicatorExtractor : IStage
{
    public void Run(ExtractionContext context)
    {
        foreach (var line in context.Lines)
        {
            if (!line.IsContent || line.HasCells) continue;
            var text = line.Text;
            if (!text.Contains("against", StringComparison.Ordinal) || !text.Contains(" of ", StringComparison.Ordinal)) continue;
            foreach (Match m in AgainstTarget().Matches(text))
            {
                var value = ValueParser.Parse(m.Groups["value"].Value);
                var target = ValueParser.Parse(m.Groups["target"].Value);
                if (!value.IsFigure || !target.IsFigure) continue;
                var unitPhrase = m.Groups["unit"].Success ? m.Groups["unit"].Value.Trim().TrimEnd(',').Trim() : "";
                var unitWord = FirstWord(unitPhrase);
                var subject = Subject(text.AsSpan(0, m.Index));
                string? timePhrase = null;
                if (TimePhrase().Match(subject) is { Success: true } tp)
                {
                    // "In the quarter to February, 1,146 people had been discharged …": the clause names the when, not the what
                    timePhrase = tp.Groups[1].Value;
                    subject = "";
                }
                var name = (subject, unitWord) switch
                {
                    ({ Length: > 0 }, { Length: > 0 }) => subject + ": " + unitWord,
                    ({ Length: > 0 }, _) => subject,
                    (_, { Length: > 0 }) => Auxiliaries().Replace(unitPhrase, ""),
                    _ => null,
                };
                if (name is null) continue;
                var period = LastMonth(text.AsSpan(0, m.Index)) ?? PeriodParser.Find(m.Value) ?? timePhrase ?? "";
                var indicator = new Indicator
                {
                    Name = name,
                    Unit = value.Kind == ValueKind.Percent ? "%" : IndicatorExtractor.UnitOf(value),
                    Target = new Target(target.Op, target.Number),
                    Source = line.Ref,
                };
                indicator.Values.Add(new PeriodValue(period, value.Number));
                IndicatorExtractor.DeriveStatus(indicator, targetIsForWholeYear: false);
                context.Record.Indicators.Add(indicator);
            }
        }
    }

    /// <summary>The clause before the figure, cut at the sentence or clause start, without its verb.</summary>
    private static string Subject(ReadOnlySpan<char> before)
    {
        var s = before.TrimEnd().ToString();
        int cut = Math.Max(s.LastIndexOf(". ", StringComparison.Ordinal), s.LastIndexOf("; ", StringComparison.Ordinal));
        foreach (var w in ClauseStarts)
        {
            int at = s.LastIndexOf(w, StringComparison.Ordinal);
            if (at >= 0) cut = Math.Max(cut, at + w.Length - 2);
        }
        if (cut >= 0) s = s[(cut + 2)..];
        s = TrailingVerb().Replace(s, "");
        s = LeadingWords().Replace(s, "");
        s = s.Trim().TrimEnd(',', ':').Trim();
        return s.Length is > 0 and <= 100 ? s : "";
    }

    private static string? FirstWord(string s)
    {
        var t = s.Trim().TrimEnd(',');
        int sp = t.IndexOf(' ');
        var w = sp < 0 ? t : t[..sp];
        return w.Length == 0 || w is "in" or "for" or "at" or "during" ? null : w;
    }

    private static readonly string[] ClauseStarts = [" that ", " and ", ", ", " while ", " whilst ", " where "];

    private static string? LastMonth(ReadOnlySpan<char> before)
    {
        string? last = null;
        foreach (var m in MonthYear().EnumerateMatches(before)) last = before.Slice(m.Index, m.Length).ToString();
        return last is null ? null : PeriodParser.Find(last) ?? last;
    }

    [GeneratedRegex(@"(?<value>(?:£\s?)?\d[\d,]*(?:\.\d+)?%?)\s+(?<unit>[A-Za-z][\w\-]*(?:,?\s[A-Za-z0-9][\w\-]*){0,9},?\s+)?against\s+(?:a|the|its|their|our)\s+(?:\w+\s+)?(?:target|plan|trajectory|ambition|standard|threshold)\s+of\s+(?<target>(?:at least |no more than |[<>]=?\s?)?(?:£\s?)?\d[\d,]*(?:\.\d+)?%?)")]
    private static partial Regex AgainstTarget();
    [GeneratedRegex(@"\s+(?:has|have|had)?\s*(?:(?:fallen|risen|increased|decreased|dropped|improved|grown|reduced)\s+(?:to|by)|supported|helped|received|achieved|reached|recorded|delivered|made|seen|was|were|is|are|has|have|with|of)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingVerb();
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:of|in|for|on|and|but|the|these|this|show|shows)\s+)*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWords();
    [GeneratedRegex(@"^(?:in|during|for|over|by)\s+(?:the\s+)?((?:first|second|third|fourth|last|latest|past|same)?\s*(?:quarter|month|year|week|period)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimePhrase();
    [GeneratedRegex(@"\b(?:had|has|have)\s+been\s+|\b(?:were|was)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliaries();
    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+20\d\d\b")]
    private static partial Regex MonthYear();
}
