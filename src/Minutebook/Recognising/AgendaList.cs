using System.Text;
using System.Text.RegularExpressions;
using Minutebook.Model;
using Minutebook.Reading;

namespace Minutebook.Recognising;

/// <summary>
/// Reads the list of agenda items from a front sheet: numbered lines ("1.", "Item 1", "7.1", "7a", "- 4. MINUTES"),
/// sub-items ("(a) EQUALITIES STRATEGY"), markdown pipe tables ("| 4 | Digital Strategy | 7 - 18 |") and tab-separated
/// rows; page references "(Pages 21 - 56)", "(Page 3)" or a trailing "21 - 56" cell; the explanatory text under an item.
/// Numbers must run in order (1, 2, 3 ...), which keeps numbered notes and paragraphs out.
/// </summary>
public static partial class AgendaList
{
    public static List<AgendaItem> Read(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        var items = new List<AgendaItem>();
        var description = new StringBuilder();
        int lastTop = 0;
        string? lastTopNumber = null;
        bool suspended = false;
        bool sawPipeItem = false;
        AgendaItem? openPipe = null;

        for (int i = start; i < end; i++)
        {
            var line = lines[i];
            if (!line.IsContent) continue;
            var text = line.Text;
            if (text.StartsWith("- ")) text = text[2..].TrimStart();

            if (text.StartsWith('|'))
            {
                if (TryPipeRow(line.Raw, lastTopNumber, out var num, out var title, out var desc, out var pages, out bool closed) && IsNext(num, lastTop, out int top))
                {
                    Flush(items, description);
                    var item = NewItem(num, title, pages, line);
                    item.Description = desc;
                    items.Add(item);
                    if (top != lastTop) { lastTop = top; lastTopNumber = num; }
                    sawPipeItem = true; suspended = false;
                    openPipe = closed ? null : item;
                }
                continue;
            }
            if (openPipe is not null)
            {
                // continuation of a multi-line cell: "(a) Disclosable Pecuniary Interests | |"
                var part = text.TrimEnd('|', ' ', '\t');
                bool closes = text.TrimEnd().EndsWith('|');
                int bar = part.IndexOf('|');
                if (bar >= 0)
                {
                    if (openPipe.Pages is null && TryPages(part[(bar + 1)..], out var p)) openPipe.Pages = p;
                    part = part[..bar].Trim();
                }
                if (part.Length > 0) Append(description, part);
                if (closes) openPipe = null;
                continue;
            }
            if (sawPipeItem) continue; // the agenda is the table: numbered lines outside it are notes

            var cells = line.HasCells ? line.Cells : null;
            var head = cells is null ? text : StripBullet(cells[0]);
            if (cells is not null && cells.Length > 1 && NumberOnly().IsMatch(head) && cells[1].Length > 0)
                head = head.TrimEnd('.', ')') + ". " + cells[1];

            var m = ItemLine().Match(head);
            if (m.Success && IsNext(m.Groups["num"].Value, lastTop, out int topNo) && LooksLikeTitle(m.Groups["title"].Value))
            {
                Flush(items, description);
                var num = m.Groups["num"].Value.Replace(" ", "");
                var (title, pages) = CleanTitle(m.Groups["title"].Value, cells);
                items.Add(NewItem(num, title, pages, line));
                if (topNo != lastTop) { lastTop = topNo; lastTopNumber = TopOf(num); }
                suspended = false;
                continue;
            }
            var s = SubItem().Match(head);
            if (s.Success && lastTopNumber is not null && LooksLikeTitle(s.Groups["title"].Value))
            {
                Flush(items, description);
                var (title, pages) = CleanTitle(s.Groups["title"].Value, cells);
                items.Add(NewItem(lastTopNumber + "(" + s.Groups["sub"].Value.ToLowerInvariant() + ")", title, pages, line));
                suspended = false;
                continue;
            }

            if (items.Count == 0) continue;
            if (StopLine().IsMatch(text)) { suspended = true; continue; }
            if (suspended && !text.StartsWith("To ", StringComparison.Ordinal)) continue;
            suspended = false;
            var plain = cells is null ? text : string.Join(' ', cells.Where(c => c.Length > 0));
            if (IsDescription(plain)) Append(description, plain);
        }
        Flush(items, description);
        return items;
    }

    private static AgendaItem NewItem(string number, string title, PageRange? pages, SourceLine line) =>
        new() { Number = number, Title = title, Pages = pages, Source = line.Ref };

    private static void Flush(List<AgendaItem> items, StringBuilder description)
    {
        if (items.Count > 0 && description.Length > 0)
        {
            var last = items[^1];
            last.Description = last.Description is null ? description.ToString() : last.Description + " " + description;
        }
        description.Clear();
    }

    private static void Append(StringBuilder sb, string text)
    {
        if (sb.Length > 0) sb.Append(' ');
        sb.Append(text.Trim());
    }

    private static string StripBullet(string s) => s.StartsWith("- ") ? s[2..].TrimStart() : s;

    /// <summary>The top-level number of "7(a)", "7.1", "7a" → "7".</summary>
    public static string TopOf(string number)
    {
        int i = 0;
        while (i < number.Length && char.IsAsciiDigit(number[i])) i++;
        return number[..i];
    }

    /// <summary>Whether the number continues the list: the first item is 1 or 2 (or any when nothing else),
    /// then the same top number (sub-items) or the next one or two.</summary>
    private static bool IsNext(string number, int lastTop, out int top)
    {
        top = 0;
        var t = TopOf(number.Replace(" ", ""));
        if (t.Length == 0 || !int.TryParse(t, out top)) return false;
        bool sub = number.Length > t.Length;
        if (lastTop == 0) return top <= 2 && !sub;
        if (sub) return top == lastTop || top == lastTop + 1;
        return top == lastTop + 1 || top == lastTop + 2;
    }

    private static bool LooksLikeTitle(string title)
    {
        var t = title.TrimStart('*', ' ', '\'', '"', '‘', '“');
        return t.Length >= 2 && (char.IsLetter(t[0]) || char.IsAsciiDigit(t[0]));
    }

    private static bool IsDescription(string text)
    {
        if (text.Length > 60) return !NameList().IsMatch(text);
        var c = text[^1];
        return c is '.' or '?' or '!' or ')';
    }

    /// <summary>Removes page references and emphasis from a title; returns the page range they gave.</summary>
    public static (string Title, PageRange? Pages) CleanTitle(string raw, string[]? cells)
    {
        PageRange? pages = null;
        var title = raw;
        if (cells is { Length: > 1 })
        {
            for (int k = cells.Length - 1; k >= 1; k--)
                if (cells[k].Length > 0) { if (TryPages(cells[k], out var p)) pages = p; break; }
            int tab = title.IndexOf('\t');
            if (tab >= 0) title = title[..tab];
        }
        var pm = PagesInBrackets().Match(title);
        if (pm.Success)
        {
            pages ??= Range(pm.Groups[1].Value, pm.Groups[2].Success ? pm.Groups[2].Value : pm.Groups[1].Value);
            title = title.Remove(pm.Index, pm.Length);
        }
        var tm = TrailingRange().Match(title);
        if (tm.Success && tm.Index > 0)
        {
            pages ??= Range(tm.Groups[1].Value, tm.Groups[2].Value);
            title = title[..tm.Index];
        }
        title = title.Replace("**", "").Replace("__", "").Trim().TrimEnd(':', '-', '–', ' ').Trim();
        title = title.Trim('*', '_', ' ');
        return (title, pages);
    }

    public static bool TryPages(string text, out PageRange? pages)
    {
        pages = null;
        var m = CellRange().Match(text.Trim());
        if (!m.Success) return false;
        pages = Range(m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : m.Groups[1].Value);
        return pages is not null;
    }

    private static PageRange? Range(string from, string to)
    {
        int a = int.Parse(from), b = int.Parse(to);
        return b >= a ? new PageRange(a, b) : null;
    }

    /// <summary>
    /// A row of a markdown pipe table: "| 4 | Title&lt;br&gt;explanation | 7 - 18 |", or a sub-item row with an empty number
    /// cell "| | (a) Budget Setting | 11 - 14 |". A line break inside the title cell separates title and description.
    /// </summary>
    private static bool TryPipeRow(string raw, string? parent, out string number, out string title, out string? description, out PageRange? pages, out bool closed)
    {
        number = title = ""; pages = null; description = null;
        var trimmed = raw.Trim();
        if (trimmed.StartsWith("- ")) trimmed = trimmed[2..].TrimStart();
        closed = trimmed.Length > 1 && trimmed.EndsWith('|');
        var cells = trimmed.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        if (cells.Length < 2) return false;
        var num = MarkupCleaner.Clean(cells[0]).Text.TrimEnd('.', ')');
        var cell = cells[1];
        var br = BreakInCell().Match(cell);
        if (br.Success)
        {
            var rest = MarkupCleaner.Clean(cell[(br.Index + br.Length)..]).Text;
            if (rest.Length > 0) description = rest;
            cell = cell[..br.Index];
        }
        var titleText = MarkupCleaner.Clean(cell).Text;
        if (num.Length == 0 && parent is not null)
        {
            var sub = SubItem().Match(titleText);
            if (!sub.Success) return false;
            num = parent + "(" + sub.Groups["sub"].Value.ToLowerInvariant() + ")";
            titleText = sub.Groups["title"].Value;
        }
        if (!PipeNumber().IsMatch(num)) return false;
        number = num.Replace(" ", "");
        var (t, p) = CleanTitle(titleText, null);
        title = t;
        pages = p;
        if (cells.Length > 2 && closed && TryPages(cells[^1], out var cp)) pages = cp;
        return title.Length > 0 && char.IsLetterOrDigit(title[0]);
    }

    [GeneratedRegex(@"^(?:item\s+)?(?<num>\d{1,2}(?:\.\d{1,2}|\s?\([a-z]\)|[a-z](?![a-z]))?)(?:[.):]|\s+[-–])?\s+(?<title>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"^\((?<sub>[a-z]|[ivx]{1,4})\)\s+(?<title>\S.*)$")]
    private static partial Regex SubItem();

    [GeneratedRegex(@"^\d{1,2}[.)]?$")]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}|\([a-z]\)|\([ivx]{1,4}\)|[a-z])?$")]
    private static partial Regex PipeNumber();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakInCell();

    [GeneratedRegex(@"\s*\(\s*pages?\s+(\d{1,4})(?:\s*(?:-|–|to)\s*(\d{1,4}))?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex PagesInBrackets();

    [GeneratedRegex(@"\s+(\d{1,3})\s+[-–]\s+(\d{1,3})\s*$")]
    private static partial Regex TrailingRange();

    [GeneratedRegex(@"^(?:pages?\s+)?(\d{1,4})(?:\s*(?:-|–|to)\s*(\d{1,4}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex CellRange();

    [GeneratedRegex(@"^(?:membership\b|further information|for (?:help|requests|further)|contact\b|notes?\b|distribution\b|webcasting\b|this agenda\b|chief executive\b|yours\b|dated?\b|published\b|issued\b|\w+(?: \w+)?:\s)", RegexOptions.IgnoreCase)]
    private static partial Regex StopLine();

    [GeneratedRegex(@"(?:Councillors?|Cllr)\b[^,]*,[^,]*,[^,]*,", RegexOptions.IgnoreCase)]
    private static partial Regex NameList();
}
