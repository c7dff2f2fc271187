using System.Text.RegularExpressions;
using Minutebook.Extraction;
using Minutebook.Extraction.Text;
using Minutebook.Model;
using Minutebook.Reading;

namespace Minutebook.Recognising;

/// <summary>
/// Splits a pack into its documents: front sheet, minutes, reports, appendices, outside documents.
/// <list type="number">
/// <item>Hard boundaries (<see cref="Boundaries"/>): a page "intentionally left blank" ends a document; a report cover
/// ("REPORT TITLE:", "Report to", "Agenda Item: 4 … REPORT OF") or a minutes header (body + date + "PRESENT", "Minutes of
/// a meeting of …") starts one, together with the short heading lines printed above it (council name, body, date);
/// the end of a set of minutes ("The meeting closed at …" and the chair's signature) ends one.</item>
/// <item>The first document is the agenda front sheet when it lists agenda items; its list (<see cref="AgendaList"/>)
/// gives the titles and page ranges the other documents are linked by.</item>
/// <item>Unmarked documents: an "Appendix 2" heading, or a document that follows a report without matching a later
/// agenda item, is an appendix of that report (appendices printed inside the report's own range stay in the report);
/// one whose heading matches an agenda item title is an outside document of that item (a strategy, terms of
/// reference, an NHS England paper); the rest are Other.</item>
/// <item>Inside outside documents, a heading that matches the next agenda item with papers starts that item's document
/// (papers are printed in agenda order).</item>
/// <item>Pages: the agenda's page range of an item gives its first document's first page and its last document's last
/// page; a blank page ending the item's last document is the range's last page.</item>
/// </list>
/// </summary>
public sealed partial class DocumentSegmenter : IStage
{
    public void Run(ExtractionContext context) => context.Documents.AddRange(Segment(context.Lines));

    public static List<PackDocument> Segment(IReadOnlyList<SourceLine> lines)
    {
        var docs = Boundaries(lines);
        if (docs.Count == 0) return docs;

        var agenda = new List<AgendaItem>();
        var first = docs[0];
        if (first.Kind == DocumentKind.Other && first.MarkerLine < 0)
        {
            agenda = AgendaList.Read(lines, first.Start, first.End);
            bool summons = HasAgendaHeading(lines, first) || agenda.Any(a => a.Pages is not null);
            if (agenda.Count >= 1 && summons)
                first.Kind = DocumentKind.AgendaFrontSheet;
            else agenda.Clear();
        }
        Classify(lines, docs, agenda);
        LinkByOrder(docs, agenda);
        AssignPages(lines, docs, agenda);
        return docs;
    }

    /// <summary>The agenda items of the pack's front sheet (empty when it has none).</summary>
    public static List<AgendaItem> AgendaOf(IReadOnlyList<SourceLine> lines, IEnumerable<PackDocument> documents)
    {
        var sheet = documents.FirstOrDefault(d => d.Kind == DocumentKind.AgendaFrontSheet);
        return sheet is null ? [] : AgendaList.Read(lines, sheet.Start, sheet.End);
    }

    // ---------------------------------------------------------------- pass 1: hard boundaries

    private sealed class Cursor
    {
        public required PackDocument Doc;
        public int ContentLines;
        public int LongLines;
        public int ClosedAt = -1;
        public int SignatureLines;
    }

    private static List<PackDocument> Boundaries(IReadOnlyList<SourceLine> lines)
    {
        var docs = new List<PackDocument>();
        if (lines.Count == 0) return docs;
        var cur = new Cursor { Doc = new PackDocument { Kind = DocumentKind.Other, Start = 0, End = lines.Count } };
        docs.Add(cur.Doc);
        int blankPageAt = -1;

        void StartAt(int index, DocumentKind kind, int marker)
        {
            if (index <= cur.Doc.Start)
            {
                // the heading block reaches back to where the current document begins: it is this one
                cur.Doc.Kind = kind; cur.Doc.MarkerLine = marker;
                cur.ContentLines = cur.LongLines = cur.SignatureLines = 0; cur.ClosedAt = -1;
                return;
            }
            cur.Doc.End = index;
            cur = new Cursor { Doc = new PackDocument { Kind = kind, Start = index, End = lines.Count, MarkerLine = marker } };
            docs.Add(cur.Doc);
        }

        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Furniture)
            {
                if (PageFurniture.BlankPage().IsMatch(line.Text)) blankPageAt = i;
                continue;
            }
            if (!line.IsContent) continue;
            var text = line.Text;

            if (blankPageAt >= 0)
            {
                // the blank page (and the page number printed under it) closes the document before
                int start = blankPageAt + 1;
                for (int k = blankPageAt + 1; k < i; k++) if (lines[k].Kind == LineKind.Furniture) start = k + 1;
                StartAt(start, DocumentKind.Other, -1);
                blankPageAt = -1;
            }
            else if (cur.ClosedAt >= 0)
            {
                // after "The meeting closed at …": the chair's signature belongs to the minutes; anything else starts anew
                if (cur.SignatureLines < 3 && IsSignature(line)) cur.SignatureLines++;
                else { StartAt(i, DocumentKind.Other, -1); }
            }

            bool coverLike = cur.LongLines == 0 && cur.ContentLines <= 12;
            if (text.Length <= 400 && IsReportCover(text, out bool strong))
            {
                bool sameCover = cur.Doc.Kind == DocumentKind.Report && cur.ContentLines <= 14;
                bool insideMinutes = cur.Doc.Kind == DocumentKind.Minutes && !strong;
                bool inFirstDocument = docs.Count == 1 && !strong && !coverLike;
                if (!sameCover && !insideMinutes && !inFirstDocument)
                {
                    if (coverLike && cur.Doc.MarkerLine < 0) { cur.Doc.Kind = DocumentKind.Report; cur.Doc.MarkerLine = i; }
                    else if (strong || cur.Doc.Kind != DocumentKind.Report)
                    {
                        StartAt(WalkBack(lines, i, cur.Doc.Start), DocumentKind.Report, i);
                        CountBlock(lines, cur);
                    }
                }
            }
            else if (text.Length <= 300 && IsMinutesHeader(lines, i, docs.Count > 1))
            {
                bool sameHeader = cur.Doc.Kind == DocumentKind.Minutes && cur.ContentLines <= 15;
                if (!sameHeader)
                {
                    int start = WalkBack(lines, i, cur.Doc.Start);
                    if (cur.Doc.MarkerLine < 0 && (coverLike && docs.Count > 1 || start == cur.Doc.Start))
                    { cur.Doc.Kind = DocumentKind.Minutes; cur.Doc.MarkerLine = i; }
                    else
                    {
                        StartAt(start, DocumentKind.Minutes, i);
                        CountBlock(lines, cur);
                    }
                }
            }
            else if (cur.Doc.Kind == DocumentKind.Minutes && cur.ClosedAt < 0 && text.Length < 200 && MightCloseMeeting(text) && MeetingClosed().IsMatch(text))
            {
                cur.ClosedAt = i;
                cur.ContentLines++;
                continue;
            }

            if (i >= cur.Doc.Start)
            {
                cur.ContentLines++;
                if (text.Length > 90) cur.LongLines++;
            }
        }
        // a trailing document made only of blank lines is not a document
        if (docs.Count > 1 && !HasContent(lines, docs[^1])) { docs[^2].End = docs[^1].End; docs.RemoveAt(docs.Count - 1); }
        return docs;
    }

    private static void CountBlock(IReadOnlyList<SourceLine> lines, Cursor cur)
    {
        for (int k = cur.Doc.Start; k < cur.Doc.MarkerLine; k++)
            if (lines[k].IsContent) cur.ContentLines++;
    }

    private static bool HasContent(IReadOnlyList<SourceLine> lines, PackDocument doc)
    {
        for (int i = doc.Start; i < doc.End; i++) if (lines[i].IsContent) return true;
        return false;
    }

    /// <summary>The short heading lines printed above a cover or minutes marker (council, body, date) belong to it.</summary>
    private static int WalkBack(IReadOnlyList<SourceLine> lines, int marker, int floor)
    {
        int start = marker, taken = 0;
        for (int j = marker - 1; j >= floor && taken < 10; j--)
        {
            var l = lines[j];
            if (l.Kind == LineKind.Blank) continue;
            if (l.Kind == LineKind.Furniture) break;
            var t = l.Text;
            if (t.Length > 90 || t.StartsWith("- ") || l.HasCells || IsSignature(l) && !l.Heading) break;
            var last = t[^1];
            if (last is '.' or ';' or ',') break;
            start = j; taken++;
        }
        return start;
    }

    private static bool AfterLabel(IReadOnlyList<SourceLine> lines, int i)
    {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--)
            if (lines[j].IsContent) return lines[j].Text.Length < 40 && lines[j].Text.EndsWith(':');
        return false;
    }

    private static bool MightCloseMeeting(string text) =>
        text.ContainsIgnoreCase("meeting") || text.StartsWith("closed", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("ended", StringComparison.OrdinalIgnoreCase) || text.StartsWith("finished", StringComparison.OrdinalIgnoreCase);

    private static bool IsSignature(SourceLine line)
    {
        var t = line.Text;
        if (line.Heading || t.Length > 60 || line.HasCells) return false;
        if (Signature().IsMatch(t)) return true;
        return false;
    }

    private static bool IsReportCover(string text, out bool strong)
    {
        strong = false;
        if (text.Length < 6) return false;
        char c = char.ToLowerInvariant(text[0]);
        bool agendaItem = text.ContainsIgnoreCase("agenda item");
        if (c is not ('r' or 't' or 's') && !agendaItem) return false;
        if (text.Contains('\t') && FilledCells(text) > 2) return false; // a table's header row
        if ((c == 'r' || c == 't' || c == 's') && StrongCover().IsMatch(text)) { strong = true; return true; }
        if (agendaItem && CoverItem().IsMatch(text)) { strong = true; return true; }
        return c == 'r' && WeakCover().IsMatch(text);
    }

    /// <summary>How many of the line's tab-separated cells hold something other than white space.</summary>
    private static int FilledCells(string text)
    {
        int filled = 0;
        foreach (var cell in text.AsSpan().Split('\t'))
            if (!text.AsSpan()[cell].IsWhiteSpace()) filled++;
        return filled;
    }

    /// <summary>"Minutes of a meeting of …", or "PRESENT" / "Membership" printed just under a date (and a body name).</summary>
    private static bool IsMinutesHeader(IReadOnlyList<SourceLine> lines, int i, bool notFirstDocument)
    {
        var t = lines[i].Text;
        char c = char.ToLowerInvariant(t[0]);
        if (c == 'm' && MinutesOf().IsMatch(t)) return true;
        if (c is not ('p' or 'm' or 'a' or 'i' or 'c' or 't')) return false;
        if (t.Length > 40 && !PresentLabel().IsMatch(t)) return false;
        var present = PresentLine().Match(t);
        if (!present.Success) return false;
        bool isPresent = present.Groups["present"].Success;
        if (!isPresent && !notFirstDocument && !AfterAgendaList(lines, i)) return false;
        int seen = 0;
        for (int j = i - 1; j >= 0 && seen < 3; j--)
        {
            var l = lines[j];
            if (l.Kind == LineKind.Furniture) break;
            if (!l.IsContent) continue;
            seen++;
            if (l.Text.Length <= 90 && DateText.TryParse(l.Text, out _)) return true;
        }
        return false;
    }

    /// <summary>Whether an agenda list (a line "1 …" or "| 1 |" numbered item) was printed before this line.</summary>
    private static bool AfterAgendaList(IReadOnlyList<SourceLine> lines, int i)
    {
        for (int j = 0; j < i; j++)
        {
            var t = lines[j].Text;
            if (lines[j].IsContent && t.Length > 3 && (t.StartsWith("| 1 ") || t.StartsWith("1. ") || t.StartsWith("1\t") || t.StartsWith("- 1. ") || t.StartsWith("Item 1 ", StringComparison.OrdinalIgnoreCase))) return true;
        }
        return false;
    }

    private static bool HasAgendaHeading(IReadOnlyList<SourceLine> lines, PackDocument doc)
    {
        for (int i = doc.Start; i < doc.End; i++)
            if (lines[i].IsContent && lines[i].Text.Length < 30 && AgendaHeading().IsMatch(lines[i].Text)) return true;
        return false;
    }

    // ---------------------------------------------------------------- pass 2: kinds, titles, agenda items

    private static void Classify(IReadOnlyList<SourceLine> lines, List<PackDocument> docs, List<AgendaItem> agenda)
    {
        int cursor = 0; // documents follow the agenda order
        var minuteItems = agenda.Where(a => a.Title.ContainsIgnoreCase("minute")).ToList();
        int minutesUsed = 0;

        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            var prev = d > 0 ? docs[d - 1] : null;
            switch (doc.Kind)
            {
                case DocumentKind.AgendaFrontSheet:
                    doc.Title = FirstTitleLine(lines, doc);
                    continue;
                case DocumentKind.Minutes:
                    doc.Title = HeaderTitle(lines, doc);
                    if (minutesUsed < minuteItems.Count) { doc.AgendaItem = minuteItems[minutesUsed++].Number; cursor = Math.Max(cursor, IndexOf(agenda, doc.AgendaItem)); }
                    continue;
                case DocumentKind.Report:
                {
                    var cover = CoverText(lines, doc);
                    doc.Title ??= ReportTitle(lines, doc, cover);
                    var im = CoverItem().Match(cover);
                    if (doc.AgendaItem is not null) { /* set when split off at a heading matching its item */ }
                    else if (im.Success) doc.AgendaItem = im.Groups["item"].Value;
                    else
                    {
                        int best = BestItem(agenda, doc.Title + " " + cover, cursor, out _);
                        if (best >= 0) doc.AgendaItem = agenda[best].Number;
                    }
                    if (doc.AgendaItem is not null) cursor = Math.Max(cursor, IndexOf(agenda, doc.AgendaItem));
                    if (agenda.Count > 0) SplitAtNextItem(lines, docs, d, agenda);
                    continue;
                }
            }

            // split off at a heading matching its agenda item: already classified
            if (doc.MarkerLine >= 0 && doc.AgendaItem is not null)
            {
                cursor = Math.Max(cursor, IndexOf(agenda, doc.AgendaItem));
                SplitAtNextItem(lines, docs, d, agenda);
                continue;
            }

            // unmarked document
            var heading = HeadingBlock(lines, doc.Start, doc.End, 6);
            var firstLine = FirstContent(lines, doc.Start, doc.End);
            if (firstLine is null) { doc.Title = null; continue; }
            int match = BestItem(agenda, heading, cursor, out _);
            bool followsReport = prev is not null && (prev.Kind == DocumentKind.Report || prev.Kind == DocumentKind.Appendix && prev.AgendaItem is not null);

            if (AppendixHeading().IsMatch(firstLine.Text))
            {
                doc.Kind = DocumentKind.Appendix;
                doc.Title = firstLine.Text;
                doc.AgendaItem = match >= 0 && agenda[match].Number != prev?.AgendaItem && !followsReport ? agenda[match].Number : prev?.AgendaItem;
            }
            else if (followsReport && (match < 0 || agenda[match].Number == prev!.AgendaItem))
            {
                doc.Kind = DocumentKind.Appendix;
                doc.Title = TitleOf(lines, doc);
                doc.AgendaItem = prev!.AgendaItem;
            }
            else if (match >= 0)
            {
                doc.Kind = LooksLikeReport(lines, doc) ? DocumentKind.Report : DocumentKind.OutsideDocument;
                doc.Title = MatchingLine(lines, doc, agenda[match].Title) ?? TitleOf(lines, doc);
                doc.AgendaItem = agenda[match].Number;
            }
            else if (LooksLikeReport(lines, doc))
            {
                doc.Kind = DocumentKind.Report;
                doc.Title = TitleOf(lines, doc);
            }
            else
            {
                doc.Kind = CountContent(lines, doc, 40) >= 40 ? DocumentKind.OutsideDocument : DocumentKind.Other;
                doc.Title = TitleOf(lines, doc);
                if (prev?.Kind == DocumentKind.OutsideDocument && prev.AgendaItem is not null && doc.Kind == DocumentKind.OutsideDocument && agenda.Count > 0)
                    doc.AgendaItem = prev.AgendaItem; // a further paper under the same item
            }
            if (doc.AgendaItem is not null) cursor = Math.Max(cursor, IndexOf(agenda, doc.AgendaItem));

            if (agenda.Count > 0)
                SplitAtNextItem(lines, docs, d, agenda);
        }
    }

    /// <summary>
    /// Papers are printed in agenda order: inside an outside document, a heading that matches the next agenda
    /// item with papers (one not yet linked) starts that item's document.
    /// </summary>
    private static void SplitAtNextItem(IReadOnlyList<SourceLine> lines, List<PackDocument> docs, int d, List<AgendaItem> agenda)
    {
        var doc = docs[d];
        int at = IndexOf(agenda, doc.AgendaItem);
        var linked = new HashSet<string>(docs.Where(x => x.AgendaItem is not null).Select(x => x.AgendaItem!));
        var next = new List<int>();
        for (int k = at + 1; k < agenda.Count && next.Count < 2; k++)
            if (agenda[k].Pages is not null && !linked.Contains(agenda[k].Number)) next.Add(k);
        if (next.Count == 0) return;

        int contentSeen = 0;
        for (int i = doc.Start; i < doc.End; i++)
        {
            var l = lines[i];
            if (!l.IsContent) continue;
            if (++contentSeen <= 3) continue;
            var t = l.Text;
            if (t.Length > 90 || t.StartsWith("- ") || l.HasCells || !char.IsUpper(t[0])) continue;
            if (t[^1] is '.' or ',' or ';' or ':') continue;
            if (lines[i - 1].IsContent) continue; // a heading stands after a blank line
            if (AfterLabel(lines, i)) continue;   // "Lead:" / "Eleanor Roaf, Director ...": a label's value, not a heading
            if (doc.Kind == DocumentKind.Report && !(l.Heading || l.Bold || IsUpper(t))) continue; // inside a report only a real heading
            var block = doc.Kind == DocumentKind.Report ? HeadingRun(lines, i, doc.End) : HeadingBlock(lines, i, doc.End, 4);
            foreach (var k in next)
            {
                if (TitleMatch.Score(agenda[k].Title, block) < (doc.Kind == DocumentKind.Report ? 0.6 : 0.5)) continue;
                var rest = new PackDocument
                {
                    Kind = LooksLikeReport(lines, new PackDocument { Kind = DocumentKind.Other, Start = i, End = doc.End })
                        || doc.Kind == DocumentKind.Report && block.ContainsIgnoreCase("report")
                        ? DocumentKind.Report : DocumentKind.OutsideDocument,
                    MarkerLine = i,
                    Start = i, End = doc.End, Title = BoldHeading(lines, i, doc.End), AgendaItem = agenda[k].Number,
                };
                doc.End = i;
                docs.Insert(d + 1, rest);
                return; // the new document is classified (and scanned) in its turn
            }
        }
    }

    /// <summary>
    /// Papers follow the agenda order: a report or outside document left unlinked between the documents of two
    /// items belongs to the one item with papers printed between them (if there is exactly one); appendices after
    /// it follow it.
    /// </summary>
    private static void LinkByOrder(List<PackDocument> docs, List<AgendaItem> agenda)
    {
        if (agenda.Count == 0) return;
        var linked = new HashSet<string>(docs.Where(x => x.AgendaItem is not null).Select(x => x.AgendaItem!));
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            if (doc.AgendaItem is not null || doc.Kind is not (DocumentKind.Report or DocumentKind.OutsideDocument)) continue;
            int before = -1, after = agenda.Count;
            for (int p = d - 1; p >= 0; p--) if (docs[p].AgendaItem is not null) { before = IndexOf(agenda, docs[p].AgendaItem); break; }
            for (int n = d + 1; n < docs.Count; n++) if (docs[n].AgendaItem is not null) { after = IndexOf(agenda, docs[n].AgendaItem); break; }
            if (before < 0 && d > 0 && docs[0].Kind != DocumentKind.AgendaFrontSheet) continue;
            int only = -1, count = 0;
            for (int k = before + 1; k < after && k < agenda.Count; k++)
                if (k >= 0 && agenda[k].Pages is not null && !linked.Contains(agenda[k].Number)) { only = k; count++; }
            if (count != 1) continue;
            doc.AgendaItem = agenda[only].Number;
            linked.Add(doc.AgendaItem);
            for (int n = d + 1; n < docs.Count && docs[n].Kind == DocumentKind.Appendix && docs[n].AgendaItem is null; n++)
                docs[n].AgendaItem = doc.AgendaItem;
        }
    }

    private static int BestItem(List<AgendaItem> agenda, string text, int cursor, out double score)
    {
        score = 0;
        int best = -1;
        for (int k = cursor; k < agenda.Count; k++)
        {
            double s = TitleMatch.Score(agenda[k].Title, text);
            // a sub-item matching as well as its parent is the more precise link ("6" and "6(a)")
            bool subOfBest = best >= 0 && s >= 0.5 && s == score && agenda[k].Number.Length > agenda[best].Number.Length
                && AgendaList.TopOf(agenda[k].Number) == agenda[best].Number;
            if (s >= 0.5 && s > score || subOfBest) { score = s; best = k; }
        }
        return best;
    }

    private static int IndexOf(List<AgendaItem> agenda, string? number)
    {
        if (number is null) return -1;
        for (int k = 0; k < agenda.Count; k++) if (agenda[k].Number == number) return k;
        return -1;
    }

    private static bool LooksLikeReport(IReadOnlyList<SourceLine> lines, PackDocument doc)
    {
        bool recommendation = false, report = false;
        int n = 0;
        for (int i = doc.Start; i < doc.End && n < 40; i++)
        {
            var l = lines[i];
            if (!l.IsContent) continue;
            n++;
            var t = l.Text;
            if (t.Length < 40 && t.StartsWith("Recommendation", StringComparison.OrdinalIgnoreCase)) recommendation = true;
            if (t.ContainsIgnoreCase("this report") || t.ContainsIgnoreCase("purpose of the report")) report = true;
        }
        return recommendation && report;
    }

    private static int CountContent(IReadOnlyList<SourceLine> lines, PackDocument doc, int cap)
    {
        int n = 0;
        for (int i = doc.Start; i < doc.End && n < cap; i++) if (lines[i].IsContent) n++;
        return n;
    }

    private static SourceLine? FirstContent(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        for (int i = from; i < to; i++) if (lines[i].IsContent) return lines[i];
        return null;
    }

    /// <summary>The first few short content lines from a position, joined: the heading block of a document.</summary>
    private static string HeadingBlock(IReadOnlyList<SourceLine> lines, int from, int to, int max)
    {
        var parts = new List<string>();
        for (int i = from; i < to && parts.Count < max; i++)
        {
            var l = lines[i];
            if (!l.IsContent) continue;
            if (l.Text.Length > 120) break;
            parts.Add(l.Text);
        }
        return string.Join(" ", parts);
    }

    /// <summary>A heading and the line straight under it when that line is set the same way (a title over two lines).</summary>
    private static string HeadingRun(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var text = lines[from].Text;
        if (from + 1 < to && lines[from + 1].IsContent && lines[from + 1].Text.Length <= 120 && !char.IsPunctuation(text[^1]))
            text += " " + lines[from + 1].Text;
        return text;
    }

    private static string? MatchingLine(IReadOnlyList<SourceLine> lines, PackDocument doc, string itemTitle)
    {
        string? best = null; double bestScore = 0; int n = 0;
        for (int i = doc.Start; i < doc.End && n < 6; i++)
        {
            var l = lines[i];
            if (!l.IsContent) continue;
            n++;
            if (l.Text.Length > 120) break;
            // bold runs glued on one line ("TRAFFORD COUNCIL**MEMBERSHIP OF COMMITTEES**Notes") are scored apart
            foreach (var part in l.Raw.Contains("**") ? BoldRuns(l.Raw) : [l.Text])
            {
                double s = TitleMatch.Score(itemTitle, part);
                if (s > bestScore) { bestScore = s; best = part; }
            }
        }
        return best;
    }

    private static IEnumerable<string> BoldRuns(string raw)
    {
        foreach (var run in raw.Split("**", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var t = MarkupCleaner.Clean(run).Text;
            if (t.Length > 2) yield return t;
        }
    }

    /// <summary>A heading set in bold over two lines ("**PUBLIC HEALTH … FUNDED\nWITH … 2020**Purpose") read whole.</summary>
    private static string BoldHeading(IReadOnlyList<SourceLine> lines, int i, int end)
    {
        var raw = lines[i].Raw.Trim();
        if (raw.StartsWith("- ")) raw = raw[2..];
        if (!raw.StartsWith("**") || raw.IndexOf("**", 2, StringComparison.Ordinal) >= 0 || i + 1 >= end || !lines[i + 1].IsContent)
            return lines[i].Text;
        var next = lines[i + 1].Raw.Trim();
        int close = next.IndexOf("**", StringComparison.Ordinal);
        if (close <= 0) return lines[i].Text;
        return MarkupCleaner.Clean(raw[2..] + " " + next[..close]).Text;
    }

    /// <summary>A document's title: its first heading, else its first short line.</summary>
    private static string? TitleOf(IReadOnlyList<SourceLine> lines, PackDocument doc)
    {
        string? first = null; int n = 0;
        for (int i = doc.Start; i < doc.End && n < 8; i++)
        {
            var l = lines[i];
            if (!l.IsContent) continue;
            n++;
            if (l.Text.Length > 120 || l.HasCells) continue;
            if (l.Heading) return l.Text;
            first ??= l.Text;
        }
        return first;
    }

    private static string? FirstTitleLine(IReadOnlyList<SourceLine> lines, PackDocument doc) => TitleOf(lines, doc);

    private static string? HeaderTitle(IReadOnlyList<SourceLine> lines, PackDocument doc)
    {
        int end = doc.MarkerLine >= 0 ? doc.MarkerLine : doc.Start;
        var parts = new List<string>();
        for (int i = doc.Start; i < end; i++) if (lines[i].IsContent) parts.Add(lines[i].Text);
        if (doc.MarkerLine >= 0 && (parts.Count == 0 || MinutesOf().IsMatch(lines[doc.MarkerLine].Text))) parts.Add(lines[doc.MarkerLine].Text);
        return parts.Count == 0 ? TitleOf(lines, doc) : string.Join(" – ", parts);
    }

    /// <summary>The raw text of the cover block (bold runs kept apart by "**"), for the title and item number.</summary>
    private static string CoverText(IReadOnlyList<SourceLine> lines, PackDocument doc)
    {
        var parts = new List<string>();
        int from = doc.Start, n = 0;
        for (int i = from; i < doc.End && n < 14; i++)
        {
            if (!lines[i].IsContent) continue;
            n++;
            parts.Add(lines[i].Raw.Trim());
        }
        return string.Join("\n", parts);
    }

    private static string? ReportTitle(IReadOnlyList<SourceLine> lines, PackDocument doc, string cover)
    {
        int n = 0;
        for (int i = doc.Start; i < doc.End && n < 16; i++)
        {
            var l = lines[i];
            if (!l.IsContent) continue;
            n++;
            if (l.HasCells && l.Cells.Count(c => c.Length > 0) > 2) continue; // a table's header row
            var m = TitleField().Match(l.Text);
            if (m.Success && m.Groups["value"].Value.Trim().Length > 0) return m.Groups["value"].Value.Trim();
        }
        // "8 February 2021**Agenda Item: 4****REPORT OF THE DIRECTOR …****DIGITAL STRATEGY**": the run after "Report of"
        var runs = cover.Replace("\n", " ").Split("**", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (int k = 0; k + 1 < runs.Length; k++)
            if (runs[k].StartsWith("Report of", StringComparison.OrdinalIgnoreCase) || runs[k].StartsWith("Report to", StringComparison.OrdinalIgnoreCase))
            {
                var t = MarkupCleaner.Clean(runs[k + 1]).Text;
                if (t.Length > 3) return t;
            }
        // otherwise the first heading after the "Report of/to" line
        bool afterCover = false; n = 0;
        for (int i = doc.Start; i < doc.End && n < 16; i++)
        {
            var l = lines[i];
            if (!l.IsContent) continue;
            n++;
            if (i == doc.MarkerLine) { afterCover = true; continue; }
            if (afterCover && l.Text.Length <= 120 && !l.HasCells && !WeakCover().IsMatch(l.Text) && (l.Heading || l.Bold || IsUpper(l.Text)))
                return l.Text;
        }
        // or the short line straight under "Report of …" (a title set in plain type)
        bool afterReportOf = false; n = 0;
        for (int i = doc.Start; i < doc.End && n < 16; i++)
        {
            var l = lines[i];
            if (!l.IsContent) continue;
            n++;
            var t = l.Text;
            if (WeakCover().IsMatch(t)) { afterReportOf = true; continue; }
            if (!afterReportOf) continue;
            if (t.Length <= 120 && !l.HasCells && !t.Contains(':') && !char.IsPunctuation(t[^1]) && !(t.Length < 40 && DateText.TryParse(t, out _)))
                return t;
            break;
        }
        return TitleOf(lines, doc);
    }

    private static bool IsUpper(string t)
    {
        int letters = 0;
        foreach (var c in t) { if (char.IsLower(c)) return false; if (char.IsLetter(c)) letters++; }
        return letters >= 4;
    }

    // ---------------------------------------------------------------- pass 3: pages

    private static void AssignPages(IReadOnlyList<SourceLine> lines, List<PackDocument> docs, List<AgendaItem> agenda)
    {
        foreach (var doc in docs)
        {
            // printed page markers: the first and last lines of the document must carry them
            doc.FirstPage = FirstContent(lines, doc.Start, doc.End)?.Page;
            for (int i = doc.End - 1; i >= doc.Start; i--)
                if (lines[i].Kind != LineKind.Blank) { doc.LastPage = lines[i].Page; break; }
        }
        var sheet = docs[0].Kind == DocumentKind.AgendaFrontSheet ? docs[0] : null;
        int firstNumbered = agenda.Where(a => a.Pages is not null).Select(a => a.Pages!.From).DefaultIfEmpty(0).Min();
        if (sheet is not null && firstNumbered > 0 && docs.Count > 1 && docs[1].FirstPage == firstNumbered)
        {
            // the agenda's numbering starts after its front sheet: a page number reaching back into it is not its own
            for (int i = sheet.Start; i < sheet.End; i++) if (lines[i].Page == firstNumbered) lines[i].Page = null;
            sheet.FirstPage = sheet.LastPage = null;
        }
        foreach (var item in agenda)
        {
            if (item.Pages is null) continue;
            int firstDoc = -1, lastDoc = -1;
            for (int d = 0; d < docs.Count; d++)
                if (docs[d].AgendaItem == item.Number) { if (firstDoc < 0) firstDoc = d; lastDoc = d; }
            if (firstDoc < 0) continue;
            // the item's documents must be contiguous for its range to be theirs
            bool contiguous = true;
            for (int d = firstDoc; d <= lastDoc; d++) if (docs[d].AgendaItem != item.Number) contiguous = false;
            if (!contiguous) continue;

            var head = docs[firstDoc];
            var tail = docs[lastDoc];
            if (head.FirstPage is null || head.FirstPage == item.Pages.From)
            {
                head.FirstPage = item.Pages.From;
                var line = FirstContent(lines, head.Start, head.End);
                if (line is not null) line.Page ??= item.Pages.From;
            }
            if (tail.LastPage is null || tail.LastPage == item.Pages.To)
            {
                tail.LastPage = item.Pages.To;
                var blank = LastBlankPage(lines, tail);
                if (blank is not null) blank.Page ??= item.Pages.To;
            }
            if (item.Pages.From == item.Pages.To && firstDoc == lastDoc)
                for (int i = head.Start; i < head.End; i++) lines[i].Page ??= item.Pages.From;
            // two pages, the second left blank: everything printed is on the first
            else if (item.Pages.To == item.Pages.From + 1 && firstDoc == lastDoc && LastBlankPage(lines, head) is { } blankPage)
                for (int i = head.Start; i < head.End && lines[i] != blankPage; i++)
                    if (lines[i].Kind != LineKind.Blank) lines[i].Page ??= item.Pages.From;
        }
    }

    /// <summary>The "intentionally left blank" page that closes a document (nothing but blank lines after it).</summary>
    private static SourceLine? LastBlankPage(IReadOnlyList<SourceLine> lines, PackDocument doc)
    {
        for (int i = doc.End - 1; i >= doc.Start; i--)
        {
            var l = lines[i];
            if (l.Kind == LineKind.Blank || l.Kind == LineKind.Furniture && PageFurniture.PageMarker().IsMatch(l.Text)) continue;
            if (l.Kind == LineKind.Furniture && PageFurniture.BlankPage().IsMatch(l.Text)) return l;
            return null;
        }
        return null;
    }

    // ---------------------------------------------------------------- patterns

    [GeneratedRegex(@"^(?:report\s+title|title\s+of\s+(?:the\s+)?report|subject\s+of\s+report)\s*[:\t]", RegexOptions.IgnoreCase)]
    private static partial Regex StrongCover();

    [GeneratedRegex(@"^report\s+(?:to|of|by|from)\b\s*(?:[:\t]|the\b|[A-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex WeakCover();

    /// <summary>"Agenda Item: 4", "**Agenda Item 4**", "Agenda item no. 7(b)" on a line of its own — not "during agenda item 4".</summary>
    [GeneratedRegex(@"(?:(?:^|\*\*|(?<=\d))\s*agenda\s+item(?:\s+no\.?)?\s*[:\-–]|agenda\s+item(?:\s+no\.?)?\s*:)\s*(?<item>\d{1,2}(?:\.\d{1,2}|\([a-z]\)|[a-z](?![a-z]))?)(?!\d)|^\s*agenda\s+item(?:\s+no\.?)?\s+(?<item>\d{1,2}(?:\.\d{1,2}|\([a-z]\)|[a-z](?![a-z]))?)\s*(?:\*\*)?\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex CoverItem();

    [GeneratedRegex(@"^(?:report\s+title|title\s+of\s+(?:the\s+)?report|subject\s+of\s+report|title|subject)\s*[:\t]\s*(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleField();

    [GeneratedRegex(@"^minutes\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|proceedings)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesOf();

    [GeneratedRegex(@"^(?:(?<present>present|(?:members|councillors|those)\s+present)\s*:?(?:\s.*)?|membership|attendance|in\s+attendance|attendees)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex PresentLine();

    [GeneratedRegex(@"^(?:(?:members|councillors|those)\s+)?present\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex PresentLabel();

    [GeneratedRegex(@"\bmeeting\b.{0,60}\b(?:closed|ended|finished|concluded|terminated|rose|adjourned)\b|^(?:meeting\s+)?(?:closed|ended|finished)\s+at\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingClosed();

    [GeneratedRegex(@"\bchair(?:man|woman|person)?\b|^signed\b|^date\s*[:._]*$|^date\s*[:]?\s*[._]{2,}|^\(?signed|^cllr\b|^councillor\b|^mayor\b|^\.{3,}|^_{3,}", RegexOptions.IgnoreCase)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^(?:appendix|annex|annexe|enclosure|schedule)\s*(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex AppendixHeading();

    [GeneratedRegex(@"^(?:a\s?g\s?e\s?n\s?d\s?a|agenda)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaHeading();
}
