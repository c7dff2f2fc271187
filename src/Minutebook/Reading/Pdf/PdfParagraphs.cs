using System.Text;
using System.Text.RegularExpressions;

namespace Minutebook.Reading.Pdf;

/// <summary>
/// Joins the physical lines of a PDF into paragraphs, one <see cref="SourceLine"/> each with a blank line between,
/// as text packs have them. A line continues the paragraph above unless a rule says it starts a new one:
/// a vertical gap, a change of size or weight, a list number, an outdent, a short line above (the end of a
/// paragraph), or a table row. A paragraph may run on over a page break; the furniture of the break follows it.
/// Words hyphenated at a line end are joined.
/// </summary>
internal static partial class PdfParagraphs
{
    /// <summary>Lines further apart than this many font sizes are in different paragraphs (single spacing is ~1.15).</summary>
    private const double ParagraphGapEm = 1.5;

    public static List<SourceLine> Build(List<List<PdfLine>> pages, double bodySize)
    {
        var output = new List<SourceLine>();
        var paragraph = new List<PdfLine>();
        var pendingFurniture = new List<PdfLine>();
        PdfLine? lastRow = null;
        PdfLine? paragraphOrFurnitureHead = null;

        void Add(string text, string raw, PdfLine first, LineKind? kind = null)
        {
            var line = new SourceLine(output.Count + 1, text, raw) { Page = first.PrintedPage, PdfPage = first.PdfPage };
            if (kind is LineKind k) line.Kind = k;
            output.Add(line);
        }
        void Separate()
        {
            if (output.Count > 0 && output[^1].Kind != LineKind.Blank) Add("", "", paragraphOrFurnitureHead!);
        }

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                var first = paragraph[0];
                paragraphOrFurnitureHead = first;
                if (first.IsTableRow)
                {
                    bool sameTable = lastRow is not null && lastRow.PdfPage == first.PdfPage && lastRow.Column == first.Column
                        && lastRow.Baseline - first.Baseline > 0 && lastRow.Baseline - first.Baseline <= 4 * Math.Max(lastRow.Size, first.Size) && output.Count > 0 && output[^1].HasCells;
                    if (!sameTable) Separate();
                    var text = string.Join('\t', first.Cells!);
                    Add(text, text, first);
                    lastRow = first;
                }
                else
                {
                    Separate();
                    var (text, raw) = JoinText(paragraph);
                    Add(text, raw, first);
                    var line = output[^1];
                    line.Bold = first.Bold;
                    line.FontSize = first.Size;
                    line.Heading = first.Size >= bodySize + 1.5 || (first.Bold && text.Length <= 150 && !text.EndsWith('.') && paragraph.TrueForAll(l => l.Bold || BracketLine().IsMatch(l.Text)));
                    lastRow = null;
                }
                paragraph.Clear();
            }
            foreach (var f in pendingFurniture)
            {
                paragraphOrFurnitureHead = f;
                Separate();
                Add(f.Text, f.Text, f, LineKind.Furniture);
            }
            pendingFurniture.Clear();
        }

        foreach (var page in pages)
        {
            var blockRight = BlockRights(page);
            foreach (var line in page)
            {
                line.BlockRight = blockRight[line.Column];
                if (line.Furniture)
                {
                    if (paragraph.Count > 0) pendingFurniture.Add(line);
                    else { paragraph.Clear(); pendingFurniture.Add(line); Flush(); }
                    continue;
                }
                if (paragraph.Count > 0 && Continues(paragraph, line)) { paragraph.Add(line); continue; }
                Flush();
                paragraph.Add(line);
            }
        }
        Flush();
        return output;
    }

    /// <summary>
    /// The right text margin of each column: the furthest right edge among the wider lines (short right-aligned
    /// lines such as an address block do not set it).
    /// </summary>
    private static double[] BlockRights(List<PdfLine> page)
    {
        var right = new double[2];
        var left = new[] { double.MaxValue, double.MaxValue };
        var max = new double[2];
        foreach (var l in page)
            if (!l.Furniture && !l.IsTableRow) { max[l.Column] = Math.Max(max[l.Column], l.Right); left[l.Column] = Math.Min(left[l.Column], l.Left); }
        foreach (var l in page)
            if (!l.Furniture && !l.IsTableRow && l.Right - l.Left >= 0.5 * (max[l.Column] - left[l.Column]))
                right[l.Column] = Math.Max(right[l.Column], l.Right);
        for (int c = 0; c < 2; c++) if (right[c] == 0) right[c] = max[c];
        return right;
    }

    private static bool Continues(List<PdfLine> paragraph, PdfLine line)
    {
        var prev = paragraph[^1];
        if (prev.IsTableRow || line.IsTableRow) return false;
        if (Math.Abs(prev.Size - line.Size) > 1) return false;
        // a line with a wide gap inside is laid out in columns (a label and its value): it stands alone
        if (prev.Segments.Count > 1 || line.Segments.Count > 1) return false;
        bool flows = prev.PdfPage == line.PdfPage && prev.Column == line.Column;
        if (flows)
        {
            double gap = prev.Baseline - line.Baseline;
            if (gap <= 0 || gap > ParagraphGapEm * Math.Max(prev.Size, line.Size)) return false;
        }
        var text = line.Text;
        if (StartsWithMarker().IsMatch(text)) return false;
        if (flows && BracketLine().IsMatch(text)) return true;
        var prevText = prev.Text;
        bool runsOn = prevText.EndsWith(',') || prevText.EndsWith('-') || prevText.EndsWith('\u00ad') || EndsWithLinkWord(prevText)
            || (!EndsSentence(prevText) && text.Length > 0 && char.IsLower(text[0]));
        // a line that ended although the next line's first word would have fitted on it ended the paragraph
        var firstWord = line.Segments[0].Words[0];
        double fits = prev.Right + 0.3 * prev.Size + (firstWord.Right - firstWord.Left);
        if (!runsOn && fits < prev.BlockRight - 1.0 * prev.Size) return false;
        // lines of one paragraph share a left edge; only the first may stand out (an indent, or a hanging number)
        double shift = line.Left - prev.Left;
        if (paragraph.Count > 1 && Math.Abs(shift) > 1.5 * line.Size) return false;
        if (paragraph.Count == 1 && shift > 1.5 * line.Size && !StartsWithMarker().IsMatch(prevText)) return false;
        if (!flows)
        {
            // over a page or column break only a sentence that is visibly unfinished runs on
            if (EndsSentence(prevText) && !(text.Length > 0 && char.IsLower(text[0]))) return false;
            if (prev.Column > line.Column && prev.PdfPage == line.PdfPage) return false;
        }
        return true;
    }

    /// <summary>Words a sentence does not end on ("the", "of", "and"): a short line ending on one was broken by hand.</summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "with", "by", "from", "at", "as", "that", "within", "into", "which", "who", "were", "was", "is", "are", "be", "their", "its",
    };

    private static bool EndsWithLinkWord(string s)
    {
        int space = s.LastIndexOf(' ');
        return space >= 0 && LinkWords.Contains(s[(space + 1)..]);
    }

    private static bool EndsSentence(string s) => s.Length > 0 && s[^1] is '.' or ':' or '?' or '!' or ';';

    private static (string Text, string Raw) JoinText(List<PdfLine> lines)
    {
        if (lines.Count == 1) return (lines[0].Text, lines[0].Text);
        var sb = new StringBuilder();
        var raw = new StringBuilder();
        foreach (var l in lines)
        {
            var t = l.Text;
            if (raw.Length > 0) raw.Append('\n');
            raw.Append(t);
            if (sb.Length == 0) { sb.Append(t); continue; }
            char last = sb[^1];
            bool lowerNext = t.Length > 0 && char.IsLower(t[0]);
            if (last == '\u00ad') { sb.Length--; sb.Append(t); }
            else if (last == '-' && lowerNext && sb.Length > 1 && char.IsLetter(sb[^2])) sb.Append(t);
            else sb.Append(' ').Append(t);
        }
        return (sb.ToString(), raw.ToString());
    }

    /// <summary>A line that opens with a list number or bullet: "84. ", "(a) ", "1.2.3 ", "ii) ", "• ".</summary>
    [GeneratedRegex(@"^(?:\(?\d{1,3}[.)]\s|\d{1,3}(?:\.\d{1,3}){1,3}\.?\s|\(?[a-zA-Z][.)]\s|\([ivxIVX]{1,5}\)\s|[ivxIVX]{1,5}[.)]\s|[•·▪■●◦○\-–*]\s)")]
    private static partial Regex StartsWithMarker();

    /// <summary>A short line wholly in brackets, such as "(Item 1)" or "(Pages 1 - 10)": a note on the line above.</summary>
    [GeneratedRegex(@"^\([^()]{1,60}\)$")]
    private static partial Regex BracketLine();
}
