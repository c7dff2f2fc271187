using System.Text;

namespace Minutebook.Extraction.Reports;

/// <summary>
/// Reads the recommendations of one recommendations section: numbered ("1)", "(1)", "1.", "2.1.1."), lettered
/// ("a)", "(b)") or bulleted items, or plain paragraphs; drops the lead-in ("That Committee:", "The Board is
/// recommended to"); joins wrapped lines and continuation paragraphs; folds sub-items into the item they complete;
/// lists a table headed "Recommendation" one row per item. Stops at the next heading, label, contact or signature.
/// </summary>
public static class RecommendationReader
{
    public sealed class Item
    {
        public required ReportUnit First { get; init; }
        public ListMarker.Marker Marker { get; init; }
        public StringBuilder Text { get; } = new();
        public override string ToString() => Text.ToString();
    }

    public sealed class Result
    {
        public List<Item> Items { get; } = [];
        /// <summary>Index of the unit that ended the section (or the end).</summary>
        public int End { get; set; }
    }

    /// <param name="units">The report's units.</param>
    /// <param name="start">Index of the first unit after the heading.</param>
    /// <param name="inline">Text printed on the heading line after its colon.</param>
    /// <param name="headingNumber">The heading's own number ("12" in "12. Recommendation(s):").</param>
    /// <param name="tableMode">The heading is a table header row: its rows are the items.</param>
    public static Result Read(List<ReportUnit> units, int start, ReportUnit headingUnit, string? inline, string? headingNumber, bool tableMode)
    {
        var result = new Result();
        var items = result.Items;
        var paragraphs = new List<(ReportUnit Unit, string Text)>();
        if (inline is not null) paragraphs.Add((headingUnit, inline));
        int i = start;
        ListMarker.Marker listStyle = default, subStyle = default;
        string[]? tableHeader = null;
        int limit = Math.Min(units.Count, start + 80);

        // the inline text behaves as the first paragraph
        foreach (var (u, t) in paragraphs) Take(u, t, newParagraph: true);

        for (; i < limit; i++)
        {
            var u = units[i];
            // a table's rows run on until a blank line (a row whose empty cells were trimmed away has no tabs left)
            if (tableMode && u.BlankBefore && !u.HasCells) tableMode = false;
            if (tableMode || u.HasCells)
            {
                if (TakeRow(u)) continue;
                break;
            }
            if (EndsSection(u, items)) break;
            if (!Take(u, u.Text, newParagraph: u.BlankBefore || u.SameLine)) break;
        }
        result.End = i;
        return result;

        bool TakeRow(ReportUnit u)
        {
            var cells = u.Text.Split('\t', StringSplitOptions.TrimEntries);
            if (tableMode)
            {
                // rows of a "Recommendation | Action | Lead" table: the first filled cell is the recommendation
                var first = cells.FirstOrDefault(c => c.Length > 0);
                if (first is null) return true;
                var m = ListMarker.Read(first);
                var text = m.IsItem ? first[m.Length..] : first;
                if (text.Length > 0) items.Add(NewItem(u, m, text));
                listStyle = m;
                return true;
            }
            // a table that completes an item ending with a colon ("... the following post:")
            if (items.Count == 0 || !items[^1].Text.ToString().TrimEnd().EndsWith(':')) return false;
            if (tableHeader is null) { tableHeader = cells; return true; }
            var parts = new List<string>();
            for (int c = 0; c < cells.Length; c++)
                if (cells[c].Length > 0)
                    parts.Add(c < tableHeader.Length && tableHeader[c].Length > 0 ? $"{tableHeader[c]}: {cells[c]}" : cells[c]);
            if (parts.Count > 0) items[^1].Text.Append(' ').Append(string.Join("; ", parts));
            return true;
        }

        bool Take(ReportUnit u, string text, bool newParagraph)
        {
            var m = ListMarker.Read(text);
            var last = items.Count > 0 ? items[^1] : null;
            if (m.Bare && !newParagraph && last is not null) m = default;   // "31 March 2026; and" wrapped from the line above
            // "i)" after "h)" is the next letter, not a roman numeral
            if (m.Style == MarkerStyle.Roman && m.Label is "i" or "I" && listStyle.Style == MarkerStyle.Letter) m = m with { Style = MarkerStyle.Letter };
            var body = m.IsItem ? text[m.Length..].Trim() : text.Trim();
            if (body.Length == 0) return true;

            if (m.IsItem)
            {
                if (last is null)
                {
                    listStyle = m;
                    items.Add(NewItem(u, m, body));
                    return true;
                }
                // "That Committee:" / "2.1. The committee is asked to:" before the first real item: a lead-in
                if (items.Count == 1 && !m.SameKindAs(listStyle) && IsLeadInItem(items[0]))
                {
                    items.Clear();
                    listStyle = m;
                    items.Add(NewItem(u, m, body));
                    return true;
                }
                // "1. Summary of Approach" after plain paragraphs: the report's next heading
                if (listStyle.Style == MarkerStyle.None && ReportSection.IsShortPlainLine(body) && !ContinuesItem(last, body)) return false;
                if (m.SameKindAs(listStyle) || listStyle.Style == MarkerStyle.None)
                {
                    // "13. Appendices" after "12. Recommendation(s):" / "12.1 ...": the next heading, not an item
                    if (headingNumber is not null && m.Style == MarkerStyle.Number && IsNextNumber(headingNumber, m.Label)) return false;
                    if (listStyle.Style == MarkerStyle.None) { listStyle = m; }
                    subStyle = default;
                    items.Add(NewItem(u, m, body));
                    return true;
                }
                // a different kind of marker: a sub-item of an item that announces them, else the end of the list
                if (EndsWithColon(last) || IsSubItemOf(m, listStyle) || (subStyle.IsItem && m.SameKindAs(subStyle)))
                {
                    subStyle = m;
                    last.Text.Append(' ').Append(Render(m)).Append(' ').Append(body);
                    return true;
                }
                return false;
            }

            // a line without a marker
            if (last is null)
            {
                items.Add(NewItem(u, default, body));
                return true;
            }
            if (!newParagraph)
            {
                last.Text.Append(' ').Append(body);   // a wrapped line
                return true;
            }
            if (ContinuesItem(last, body))
            {
                last.Text.Append(' ').Append(body);
                return true;
            }
            if (listStyle.IsItem) return false;       // after a marked list: the section is over
            if (ReportSection.IsShortPlainLine(body) || LooksLikeName(body)) return false;
            items.Add(NewItem(u, default, body));
            return true;
        }

        Item NewItem(ReportUnit u, ListMarker.Marker m, string body)
        {
            var item = new Item { First = u, Marker = m };
            item.Text.Append(body);
            return item;
        }
    }

    private static bool IsLeadInItem(Item item)
    {
        var t = item.Text.ToString().TrimEnd();
        if (!item.Marker.IsItem) return IsLeadInText(t);
        return t.EndsWith(':') && (t.StartsWith("That ", StringComparison.OrdinalIgnoreCase) || ReportSection.IsLeadIn(t));
    }

    /// <summary>"That Committee:", "The Board is recommended to", "That the Adult Social Care Committee": it introduces the items.</summary>
    private static bool IsLeadInText(string text)
    {
        var t = text.TrimEnd();
        if (t.Length >= 200) return false;
        if (t.EndsWith(':') || t.EndsWith('–') || t.EndsWith(" -", StringComparison.Ordinal)) return true;
        if (t.EndsWith('.') || t.EndsWith(';')) return false;
        return ReportSection.IsLeadIn(t) || t.StartsWith("That ", StringComparison.OrdinalIgnoreCase) || t.Length < 100;
    }

    private static bool EndsWithColon(Item item)
    {
        var sb = item.Text;
        for (int k = sb.Length - 1; k >= 0; k--)
        {
            if (char.IsWhiteSpace(sb[k])) continue;
            return sb[k] == ':' || (sb[k] == '-' && k > 0 && sb[k - 1] == ':');
        }
        return false;
    }

    private static bool IsSubItemOf(ListMarker.Marker m, ListMarker.Marker parent) =>
        (m.Style == MarkerStyle.Decimal && parent.Style is MarkerStyle.Decimal or MarkerStyle.Number && m.Depth > parent.Depth)
        || (m.Style is MarkerStyle.Roman && parent.Style is MarkerStyle.Letter);

    private static bool IsNextNumber(string heading, string label)
    {
        var h = heading.Split('.')[0];
        return int.TryParse(h, out var a) && int.TryParse(label, out var b) && b == a + 1;
    }

    private static string Render(ListMarker.Marker m) => m.Style switch
    {
        MarkerStyle.Bullet => "-",
        MarkerStyle.Decimal => m.Label,
        _ => m.Label + ")",
    };

    /// <summary>A paragraph that completes the item above it: the item stops mid-sentence, or the paragraph starts in lower case.</summary>
    private static bool ContinuesItem(Item last, string body)
    {
        if (char.IsLower(body[0])) return true;
        var t = last.Text.ToString().TrimEnd();
        if (t.Length == 0) return false;
        char c = t[^1];
        if (c is ',' or ';' or '–' or '-') return true;
        if (c is '.' or '!' or '?' or ':' or ')' or '"' or '”' or '’') return false;
        return t.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || t.EndsWith(" or", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || t.EndsWith(" of", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith(" to", StringComparison.OrdinalIgnoreCase) || t.EndsWith(" in", StringComparison.OrdinalIgnoreCase)
            || t.EndsWith(" with", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "of", "the", "for", "to", "in", "board", "committee", "council", "cabinet", "health", "nhs", "care", "services",
        "partnership", "director", "officer", "manager", "report", "group", "team", "trust", "agenda", "item", "page",
        "information", "appendix", "appendices", "background", "papers", "implications", "comments", "summary", "recommendations",
    };

    /// <summary>Two to five capitalised words, no digits: a signature such as "Grace Natoli" or "Melanie Brooks,".</summary>
    public static bool LooksLikeName(string text)
    {
        var t = text.TrimEnd(',', ' ');
        if (t.Length is < 4 or > 50) return false;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5) return false;
        foreach (var w in words)
        {
            if (!char.IsUpper(w[0]) || NotNameWords.Contains(w)) return false;
            foreach (var ch in w) if (char.IsDigit(ch)) return false;
        }
        return true;
    }

    /// <summary>A unit that ends the recommendations whatever the list looks like.</summary>
    private static bool EndsSection(ReportUnit u, List<Item> items)
    {
        if (u.Opening.Kind != SectionKind.None) return true;
        if (u.Label.Kind != LabelKind.None) return true;
        if (ContactReader.IsTrigger(u.Text)) return true;
        if (items.Count == 0) return false;
        if (u.Heading) return true;
        if (ReportSection.IsHeadingLike(u) && ListMarker.Read(u.Text).Style is MarkerStyle.None or MarkerStyle.Decimal or MarkerStyle.Number && ReportSection.IsCapitals(u.Text)) return true;
        return false;
    }

    /// <summary>The printed text of a recommendation, tidied: spaces, a stray leading "#", a trailing "; and".</summary>
    public static string Tidy(string text)
    {
        var t = text.Replace('\t', ' ').Trim();
        while (t.Contains("  ", StringComparison.Ordinal)) t = t.Replace("  ", " ");
        if (t.StartsWith("# ", StringComparison.Ordinal)) t = t[2..];
        foreach (var tail in new[] { "; and", "; or", ", and", "; and/or", ";" })
            if (t.EndsWith(tail, StringComparison.Ordinal)) { t = t[..^tail.Length].TrimEnd(); break; }
        return t;
    }
}
