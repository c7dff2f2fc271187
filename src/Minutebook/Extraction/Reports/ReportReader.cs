using System.Text;
using System.Text.RegularExpressions;
using Minutebook.Model;

namespace Minutebook.Extraction.Reports;

/// <summary>
/// Reads one report: its cover (title, author, agenda item, decision number), summary, recommendations
/// (each once, however often printed) and contacts. Works on <see cref="ReportUnit"/>s, so the same rules
/// serve text packs and PDF lines.
/// </summary>
public static partial class ReportReader
{
    /// <summary>How many units from the top count as the cover when no section heading ends it sooner.</summary>
    private const int CoverLimit = 40;

    public sealed class Hints
    {
        /// <summary>The title the segmenter gave the document (e.g. from the agenda).</summary>
        public string? DocumentTitle { get; init; }
        public string? DocumentAgendaItem { get; init; }
        /// <summary>Names of the meeting bodies: never a report title.</summary>
        public IReadOnlyCollection<string> BodyNames { get; init; } = [];
    }

    public static Report? Read(List<ReportUnit> units, Hints hints)
    {
        if (units.Count == 0) return null;
        int coverEnd = Math.Min(units.Count, CoverLimit);
        for (int i = 0; i < coverEnd; i++)
            if (units[i].Opening.Kind != SectionKind.None) { coverEnd = i; break; }

        string? title = null, structuralTitle = null, fallbackTitle = null, agendaItem = null, decision = null;
        ReportUnit? titleUnit = null;
        var authors = new SortedList<int, string>();
        bool afterReportOf = false;

        for (int i = 0; i < coverEnd; i++)
        {
            var u = units[i];
            var label = u.Label;
            switch (label.Kind)
            {
                case LabelKind.Title when title is null:
                    title = ValueWithContinuation(units, ref i, label.Value, " ");
                    titleUnit = u;
                    continue;
                case LabelKind.ReportOf:
                    Offer(authors, 0, ValueWithContinuation(units, ref i, label.Value, "; "));
                    afterReportOf = true;
                    continue;
                case LabelKind.ReportTo:
                    ValueWithContinuation(units, ref i, label.Value, " ");
                    afterReportOf = true;
                    continue;
                case LabelKind.LeadOfficer:
                    Offer(authors, 1, ValueWithContinuation(units, ref i, label.Value, "; "));
                    continue;
                case LabelKind.Author:
                    Offer(authors, 2, ValueWithContinuation(units, ref i, label.Value, "; "));
                    continue;
                case LabelKind.AgendaItem:
                    agendaItem ??= ReportLabel.ItemNumber(label.Value.Length > 0 ? label.Value : NextText(units, i));
                    continue;
                case LabelKind.DecisionNumber:
                    decision ??= label.Value.Length > 0 ? label.Value : NextText(units, i);
                    continue;
                case LabelKind.None:
                    break;
                default:
                    continue;
            }
            if (!IsTitleCandidate(u.Text, hints)) continue;
            if (afterReportOf && structuralTitle is null)
            {
                structuralTitle = u.Text;
                titleUnit ??= u;
            }
            if (ReportSection.IsHeadingLike(u) || u.Bold) fallbackTitle ??= u.Text;
        }

        var report = new Report
        {
            Title = title ?? structuralTitle ?? DocumentTitle(hints.DocumentTitle, fallbackTitle) ?? fallbackTitle,
            Source = (titleUnit ?? units[0]).Line.Ref,
        };
        report.AgendaItem = agendaItem ?? hints.DocumentAgendaItem;
        report.DecisionNumber = decision;

        // sections, labels in the body, contacts
        var seen = new List<string>();
        bool anyRecommendations = false;
        for (int i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var opening = u.Opening;
            if (opening.Kind == SectionKind.Summary && report.Summary is null)
            {
                report.Summary = SummaryReader.Read(units, i + 1, opening.Inline);
                continue;
            }
            if (opening.Kind == SectionKind.Recommendations)
            {
                anyRecommendations = true;
                var read = RecommendationReader.Read(units, i + 1, u, opening.Inline, opening.Number, tableMode: u.HasCells);
                AddRecommendations(report, read, seen);
                var signature = Signature(units, read.End);
                if (signature is not null) Offer(authors, 4, signature);
                i = Math.Max(i, read.End - 1);
                continue;
            }
            if (ContactReader.Trigger(u.Text, out var rest))
            {
                foreach (var person in ContactReader.Read(units, i + 1, u, rest))
                    if (!report.Contacts.Exists(p => string.Equals(p.Name, person.Name, StringComparison.OrdinalIgnoreCase)))
                        report.Contacts.Add(person);
            }
            if (i >= coverEnd && u.Text.Contains(':'))
            {
                var label = u.Label;
                if (label.Kind is LabelKind.LeadOfficer or LabelKind.Author)
                {
                    int j = i;
                    Offer(authors, 3, ValueWithContinuation(units, ref j, label.Value, "; "));
                }
            }
        }

        // no recommendations heading: "The Cabinet is asked to:" / "It is recommended that ..." opens them
        if (!anyRecommendations)
        {
            for (int i = 0; i < units.Count; i++)
            {
                var u = units[i];
                if (u.HasCells || !ReportSection.IsLeadIn(u.Text)) continue;
                var read = RecommendationReader.Read(units, i + 1, u, u.Text, null, tableMode: false);
                AddRecommendations(report, read, seen);
                break;
            }
        }

        if (authors.Count > 0) report.Author = authors.Values[0];
        if (report.Contacts.Count > 0)
            report.Contact = string.Join("; ", report.Contacts.Select(Describe));
        return report;
    }

    /// <summary>The segmenter's title, unless it is a section heading ("Summary") or the cover prints it in full.</summary>
    private static string? DocumentTitle(string? title, string? coverHeading)
    {
        if (title is null) return null;
        if (ReportSection.Classify(new ReportUnit { Text = title, Line = null! }).Kind != SectionKind.None) return null;
        if (coverHeading is not null && coverHeading.Length > title.Length && coverHeading.StartsWith(title, StringComparison.OrdinalIgnoreCase)) return null;
        return title;
    }

    /// <summary>"Name, role, email, phone".</summary>
    public static string Describe(ReportContact c) =>
        string.Join(", ", new[] { c.Name, c.Role, c.Email, c.Phone }.Where(s => !string.IsNullOrEmpty(s)));

    private static void Offer(SortedList<int, string> authors, int rank, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || authors.ContainsKey(rank)) return;
        authors[rank] = value.Trim().TrimEnd(',', ';');
    }

    private static string NextText(List<ReportUnit> units, int i) => i + 1 < units.Count ? units[i + 1].Text : "";

    /// <summary>A label's value plus the lines that continue it (no blank line between, not a label or heading).</summary>
    private static string? ValueWithContinuation(List<ReportUnit> units, ref int i, string value, string joiner)
    {
        var sb = new StringBuilder(value);
        int j = i + 1;
        if (sb.Length == 0 && j < units.Count && !units[j].HasCells && units[j].Label.Kind == LabelKind.None
            && units[j].Opening.Kind == SectionKind.None)
        {
            sb.Append(units[j].Text);
            j++;
        }
        if (sb.Length == 0) return null;
        for (int n = 0; j < units.Count && n < 3; j++, n++)
        {
            var u = units[j];
            bool afterComma = sb[^1] == ',' && joiner != " ";
            if ((u.BlankBefore && !afterComma) || u.SameLine || u.HasCells) break;
            if (u.Label.Kind != LabelKind.None || u.Opening.Kind != SectionKind.None) break;
            if (u.Text.Length > 160 || IsDate(u.Text) || LabelLike(u.Text) || ContactReader.IsTrigger(u.Text)) break;
            if (joiner == " " && ListMarker.Read(u.Text).IsItem) break;
            // a wrapped value reads on in the same case, or the line above stops mid-phrase
            if (ReportSection.IsCapitals(u.Text) != ReportSection.IsCapitals(sb.ToString()) && !Unfinished(sb)) break;
            bool midPhrase = !afterComma && Unfinished(sb);
            if (afterComma) sb.Length--;
            sb.Append(midPhrase ? " " : joiner).Append(u.Text.Trim());
        }
        i = j - 1;
        return sb.ToString().Trim();
    }

    private static bool Unfinished(StringBuilder sb)
    {
        var t = sb.ToString().TrimEnd();
        return t.EndsWith(',') || t.EndsWith('&') || t.EndsWith('–') || t.EndsWith('-')
            || t.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || t.EndsWith(" of", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith(" for", StringComparison.OrdinalIgnoreCase) || t.EndsWith(" the", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsTitleCandidate(string text, Hints hints)
    {
        if (text.Length is < 4 or > 250 || text.Contains('\t')) return false;
        if (IsDate(text) || LabelLike(text)) return false;
        if (ListMarker.Read(text).IsItem) return false;
        if (text.EndsWith('.') && !text.EndsWith("etc.", StringComparison.Ordinal)) return false;
        foreach (var body in hints.BodyNames)
            if (string.Equals(body, text, StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    /// <summary>"Date of Meeting: 14 January 2021", "Key Decision: No": a cover label this reader does not use.</summary>
    private static bool LabelLike(string text) => text.Contains(':') && OtherLabel().IsMatch(text);

    private static bool IsDate(string text) => text.Length < 40 && DatePattern().IsMatch(text);

    /// <summary>The name and role printed under the recommendations ("Grace Natoli" / "Director for ...").</summary>
    private static string? Signature(List<ReportUnit> units, int end)
    {
        if (end >= units.Count) return null;
        var name = units[end].Text.Trim().TrimEnd(',');
        if (!RecommendationReader.LooksLikeName(name) || units[end].HasCells) return null;
        if (end + 1 < units.Count)
        {
            var next = units[end + 1];
            var role = next.Text.Trim();
            if (!next.HasCells && role.Length < 120 && !role.EndsWith('.') && !ContactReader.IsTrigger(role) && next.Opening.Kind == SectionKind.None)
                return name + ", " + role;
        }
        return null;
    }

    private static void AddRecommendations(Report report, RecommendationReader.Result read, List<string> seen)
    {
        foreach (var item in read.Items)
        {
            var text = RecommendationReader.Tidy(item.Text.ToString());
            if (text.Length < 3) continue;
            var key = Key(text);
            int dup = seen.FindIndex(k => k == key || (Math.Min(k.Length, key.Length) >= 30 && (k.Contains(key, StringComparison.Ordinal) || key.Contains(k, StringComparison.Ordinal))));
            if (dup >= 0) continue;   // printed before (in the summary, or a second time at the end)
            seen.Add(key);
            report.Recommendations.Add(text);
        }
    }

    /// <summary>Letters and digits only, lower case: two printings of one recommendation share a key.</summary>
    private static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:date(?:\s+of\s+(?:the\s+)?(?:meeting|report|decision))?|meeting(?:\s+date)?|time|venue|place|location|classification|key\s+decision|wards?(?:\s+affected)?|electoral\s+divisions?|portfolios?(?:\s+holders?)?|cabinet\s+members?|lead\s+members?|version(?:\s+number)?|status|exempt(?:\s+information)?|confidential(?:ity)?|past\s+pathway|future\s+pathway|part|date\s+first\s+published|to|cc|ref(?:erence)?|purpose|for)\b[^:]{0,20}:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherLabel();

    [GeneratedRegex(@"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9},?\s+\d{4}|\p{L}{3,9}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
