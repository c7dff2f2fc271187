using System.Text.RegularExpressions;

namespace Minutebook.Reading.Pdf;

/// <summary>
/// Turns the words of one PDF page into physical lines in reading order: words on a shared baseline form a line,
/// a wide gap splits it into segments (cells, or the two halves of a two-column page), a hanging list number
/// ("84.    Apologies") stays with its text, and on two-column pages the left column is read before the right.
/// </summary>
internal static partial class PdfPageLines
{
    public static List<PdfLine> Read(PdfTextPage page, int pdfPage)
    {
        var words = Words(page.Glyphs);
        if (words.Count == 0) return [];
        var lines = Group(words, pdfPage);
        return ColumnOrder(lines);
    }

    /// <summary>
    /// Letters in content order into words: a letter continues the word when it sits on the same baseline right
    /// after the previous one. A space glyph ends a word and is remembered (<see cref="PdfWord.SpaceEnd"/>): a gap
    /// after a typed space is a stretched word space (justified text), a gap without one is positioning (a tab, a cell).
    /// </summary>
    /// <summary>The words of the page being read: one buffer per thread, reused page after page (see <see cref="PdfTextPage"/>).</summary>
    [ThreadStatic] private static List<PdfWord>? t_words;

    private static List<PdfWord> Words(List<PdfGlyph> letters)
    {
        var result = t_words ??= new List<PdfWord>(1024);
        if (result.Capacity > 1 << 15) result = t_words = new List<PdfWord>(1024);
        result.Clear();
        var text = new System.Text.StringBuilder(32);
        double left = 0, right = 0, baseline = 0, top = 0, size = 0;
        int bold = 0, count = 0;
        char lastChar = '\0';
        double lastStart = double.NaN;
        string? lastFont = null;
        bool lastFontBold = false;

        void Flush()
        {
            if (count > 0)
            {
                var t = Clean(text.ToString());
                if (t.Length > 0) result.Add(new PdfWord(t, left, right, baseline, top, size, bold * 2 > count, bold) { SpaceEnd = right });
            }
            text.Clear();
            count = 0; bold = 0; size = 0;
        }

        for (int i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            if (!letter.Horizontal) continue;
            var value = letter.Value;
            var start = letter.Start;
            var end = letter.End;
            double letterSize = letter.PointSize < 2 ? Math.Max(letter.BoxHeight, 2) : letter.PointSize;
            if (string.IsNullOrEmpty(value) || string.IsNullOrWhiteSpace(value))
            {
                // a typed space: ends the word; the gap it spans is a word space however wide it is drawn
                Flush();
                if (result.Count > 0)
                {
                    var w = result[^1];
                    if (Math.Abs(w.Baseline - start.Y) < 0.3 * w.Size && start.X >= w.Right - 1 && start.X - w.SpaceEnd < 0.6 * w.Size)
                        result[^1] = w with { SpaceEnd = Math.Max(w.SpaceEnd, end.X) };
                }
                lastChar = '\0';
                continue;
            }
            // overprinted letters (a fake bold drawn twice) count once
            if (value.Length == 1 && value[0] == lastChar && Math.Abs(start.X - lastStart) < 0.25 * Math.Max(end.X - start.X, 0.5) && count > 0 && Math.Abs(start.Y - baseline) < 0.1 * letterSize)
                continue;
            bool joins = count > 0 && Math.Abs(start.Y - baseline) < 0.3 * Math.Max(size, letterSize)
                && start.X - right < 0.15 * Math.Max(size, letterSize) && start.X - right > -0.5 * Math.Max(size, letterSize);
            if (!joins)
            {
                Flush();
                left = start.X;
                baseline = start.Y;
                top = start.Y + letterSize * 0.75;
            }
            text.Append(value);
            count++;
            if (!ReferenceEquals(letter.FontName, lastFont))
            {
                lastFont = letter.FontName;
                lastFontBold = IsBoldFont(lastFont);
            }
            if (lastFontBold) bold++;
            if (letterSize > size) size = letterSize;
            right = Math.Max(end.X, start.X);
            top = Math.Max(top, start.Y + letterSize * 0.75);
            lastChar = value.Length == 1 ? value[0] : '\0';
            lastStart = start.X;
        }
        Flush();
        return result;
    }

    private static bool IsBoldFont(string? font) =>
        font is not null && (font.Contains("Bold", StringComparison.OrdinalIgnoreCase) || font.Contains("Black", StringComparison.Ordinal) || font.Contains("Heavy", StringComparison.Ordinal));

    /// <summary>Ligatures and private characters some PDF producers emit, folded to plain text.</summary>
    private static string Clean(string text)
    {
        bool needs = false;
        foreach (var c in text)
            if (c is '\ufb00' or '\ufb01' or '\ufb02' or '\ufb03' or '\ufb04' or '\u00a0' or '\t' || char.IsControl(c)) { needs = true; break; }
        if (!needs) return text;
        var s = text.Replace("\ufb00", "ff").Replace("\ufb01", "fi").Replace("\ufb02", "fl").Replace("\ufb03", "ffi").Replace("\ufb04", "ffl");
        var chars = s.Where(c => !char.IsControl(c) || c == '\t').Select(c => c is '\u00a0' or '\t' ? ' ' : c).ToArray();
        return new string(chars).Trim();
    }

    /// <summary>Words whose baselines agree (within a third of the font size) form one line; segments split at wide gaps.</summary>
    private static List<PdfLine> Group(List<PdfWord> words, int pdfPage)
    {
        words.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        var groups = new List<List<PdfWord>>();
        List<PdfWord>? current = null;
        double baseline = double.NaN, tolerance = 0;
        foreach (var w in words)
        {
            if (current is null || baseline - w.Baseline > tolerance)
            {
                current = [];
                groups.Add(current);
                baseline = w.Baseline;
                tolerance = Math.Max(w.Size * 0.35, 1.5);
            }
            current.Add(w);
        }
        MergeRaisedAndLowered(groups);
        var lines = new List<PdfLine>(groups.Count);
        foreach (var g in groups) if (g.Count > 0) lines.Add(MakeLine(g, pdfPage));
        return lines;
    }

    /// <summary>
    /// A few small words just above a line (superscript "th", a footnote mark) or just below it (a subscript)
    /// belong to that line.
    /// </summary>
    private static void MergeRaisedAndLowered(List<List<PdfWord>> groups)
    {
        for (int i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            if (g.Count == 0 || g.Count > 4) continue;
            double size = MaxSize(g), gBase = g[0].Baseline;
            if (i + 1 < groups.Count && groups[i + 1].Count > 0)
            {
                var below = groups[i + 1];
                double belowSize = MaxSize(below);
                if (size <= 0.8 * belowSize && gBase - below[0].Baseline <= 0.6 * belowSize && Within(g, below))
                { below.AddRange(g); g.Clear(); continue; }
            }
            if (i > 0 && groups[i - 1].Count > 0)
            {
                var above = groups[i - 1];
                double aboveSize = MaxSize(above);
                if (size <= 0.8 * aboveSize && above[0].Baseline - gBase <= 0.4 * aboveSize && Within(g, above))
                { above.AddRange(g); g.Clear(); }
            }
        }
    }

    private static double MaxSize(List<PdfWord> g)
    {
        double m = 0;
        foreach (var w in g) m = Math.Max(m, w.Size);
        return m;
    }

    private static bool Within(List<PdfWord> small, List<PdfWord> line)
    {
        double lo = double.MaxValue, hi = double.MinValue;
        foreach (var w in line) { lo = Math.Min(lo, w.Left); hi = Math.Max(hi, w.Right); }
        foreach (var w in small) if (w.Left < lo - 2 || w.Right > hi + 20) return false;
        return true;
    }

    /// <summary>
    /// A wide gap splits segments: without a typed space before it (tab or cell positioning) from about one font
    /// size, after a typed space (a stretched justified space) only when much wider.
    /// </summary>
    private static bool IsCellGap(PdfWord previous, PdfWord next, bool justified)
    {
        double em = Math.Max(Math.Min(next.Size, previous.Size), 4);
        bool typedSpace = previous.SpaceEnd > previous.Right;
        if (typedSpace && justified) return false;
        double gap = next.Left - previous.SpaceEnd;
        return gap > (typedSpace ? 1.6 : 1.0) * em;
    }

    /// <summary>
    /// Justified text stretches every breaking space of a line alike: several wide typed spaces of one width are
    /// word spaces, not column gaps (a name list set in justified lines, "Mr C Broadley,     Mrs B Bruneau,").
    /// </summary>
    private static bool IsJustified(List<PdfWord> words)
    {
        double min = double.MaxValue, max = 0;
        int wide = 0;
        for (int i = 1; i < words.Count; i++)
        {
            var p = words[i - 1];
            if (p.SpaceEnd <= p.Right) continue;
            double gap = words[i].Left - p.Right;
            if (gap < 0) continue;
            if (words[i].Left - p.SpaceEnd > 1.6 * Math.Max(Math.Min(p.Size, words[i].Size), 4)) wide++;
            min = Math.Min(min, gap);
            max = Math.Max(max, gap);
        }
        return wide >= 2 && max <= 1.25 * min;
    }

    private static PdfLine MakeLine(List<PdfWord> words, int pdfPage)
    {
        words.Sort((a, b) => a.Left.CompareTo(b.Left));
        var line = new PdfLine { PdfPage = pdfPage };
        // the dominant size and weight count letters, so a long regular phrase outweighs a short bold label
        var sizes = new Dictionary<double, int>();
        int boldLetters = 0, letters = 0;
        double baseline = 0, top = double.MinValue;
        PdfSegment? segment = null;
        PdfWord previous = default;
        bool justified = IsJustified(words);
        foreach (var w in words)
        {
            var size = Math.Round(w.Size * 2) / 2;
            sizes[size] = sizes.GetValueOrDefault(size) + w.Text.Length;
            letters += w.Text.Length;
            boldLetters += w.Bold ? w.Text.Length : 0;
            baseline += w.Baseline;
            top = Math.Max(top, w.Top);
            if (segment is null || IsCellGap(previous, w, justified))
            {
                segment = new PdfSegment(w);
                line.Segments.Add(segment);
            }
            else segment.Add(w);
            previous = w;
        }
        line.Baseline = words.MaxBy(w => w.Size).Baseline;
        line.Top = top;
        line.Size = sizes.MaxBy(kv => kv.Value).Key;
        line.Bold = boldLetters * 10 >= letters * 6;
        MergeHangingMarker(line);
        return line;
    }

    /// <summary>"84.    Apologies", "(a)   The Leader…", "1.1.1  KCC is…": the number belongs to its text, not a cell of its own.</summary>
    private static void MergeHangingMarker(PdfLine line)
    {
        if (line.Segments.Count < 2) return;
        var first = line.Segments[0];
        if (first.Words.Count != 1 || !ListMarker().IsMatch(first.Words[0].Text)) return;
        var second = line.Segments[1];
        if (second.Left - first.Right > 8 * Math.Max(line.Size, 4)) return;
        first.Absorb(second);
        line.Segments.RemoveAt(1);
    }

    /// <summary>A list number or bullet on its own: "84.", "1.1", "2)", "(a)", "iv.", "•".</summary>
    [GeneratedRegex(@"^(?:\(?\d{1,3}(?:\.\d{1,3}){0,3}[.)]|\d{1,3}(?:\.\d{1,3}){1,3}|\(?[A-Za-z][.)]|\([ivxIVX]{1,5}\)|[ivxIVX]{1,5}[.)]|[•·▪■●◦○\-–*o])$")]
    internal static partial Regex ListMarker();

    /// <summary>
    /// Two-column pages: when a vertical gutter near the middle separates prose on both sides, the lines split at
    /// it and each band between full-width lines is read left column first.
    /// </summary>
    private static List<PdfLine> ColumnOrder(List<PdfLine> lines)
    {
        double? gutter = FindGutter(lines);
        if (gutter is not double g) return lines;
        var ordered = new List<PdfLine>(lines.Count + 8);
        var left = new List<PdfLine>();
        var right = new List<PdfLine>();
        void Flush()
        {
            ordered.AddRange(left);
            ordered.AddRange(right);
            left.Clear();
            right.Clear();
        }
        foreach (var line in lines)
        {
            int split = line.Segments.FindIndex(s => s.Left >= g);
            bool crosses = line.Segments.Exists(s => s.Left < g && s.Right > g);
            if (crosses) { Flush(); ordered.Add(line); continue; }
            if (split == 0) { line.Column = 1; right.Add(line); continue; }
            if (split < 0) { left.Add(line); continue; }
            var rightLine = new PdfLine { PdfPage = line.PdfPage, Baseline = line.Baseline, Top = line.Top, Size = line.Size, Bold = line.Bold, Column = 1 };
            rightLine.Segments.AddRange(line.Segments.Skip(split));
            line.Segments.RemoveRange(split, line.Segments.Count - split);
            line.ResetText();
            left.Add(line);
            right.Add(rightLine);
        }
        Flush();
        return ordered;
    }

    private static double? FindGutter(List<PdfLine> lines)
    {
        if (lines.Count < 6) return null;
        double minX = double.MaxValue, maxX = double.MinValue;
        foreach (var l in lines) { minX = Math.Min(minX, l.Left); maxX = Math.Max(maxX, l.Right); }
        double width = maxX - minX;
        if (width < 200) return null;
        // count, per 2-point slot in the middle third, the lines whose text covers it
        int slots = (int)(width / 2) + 1;
        var cover = new int[slots];
        foreach (var l in lines)
            foreach (var s in l.Segments)
                for (int k = (int)((s.Left - minX) / 2); k <= (int)((s.Right - minX) / 2) && k < slots; k++) cover[k]++;
        int from = (int)(slots * 0.35), to = (int)(slots * 0.65);
        int best = -1, bestRun = 0;
        for (int k = from; k < to; k++)
        {
            if (cover[k] > lines.Count / 20) continue;
            int run = 0;
            while (k + run < slots && cover[k + run] <= lines.Count / 20) run++;
            if (run > bestRun) { bestRun = run; best = k; }
            k += run;
        }
        if (best < 0 || bestRun * 2 < 8) return null;
        double gutter = minX + (best + bestRun / 2.0) * 2;
        // prose on both sides: many lines per side, several words per segment (tables have short cells)
        int leftLines = 0, rightLines = 0, leftWords = 0, rightWords = 0;
        foreach (var l in lines)
            foreach (var s in l.Segments)
            {
                if (s.Right <= gutter) { leftLines++; leftWords += s.Words.Count; }
                else if (s.Left >= gutter) { rightLines++; rightWords += s.Words.Count; }
            }
        if (leftLines < 6 || rightLines < 6) return null;
        if (leftWords < leftLines * 4 || rightWords < rightLines * 4) return null;
        return gutter;
    }
}
