using Minutebook.Reading;

namespace Minutebook.Extraction.Reports;

/// <summary>
/// One readable unit of a report: usually a line, but a line that glues several bold runs together
/// ("8 February 2021**Agenda Item: 4****REPORT OF THE ...") gives one unit per run, and a bold run
/// that wraps onto the next line is joined back into one unit.
/// </summary>
public sealed class ReportUnit
{
    private string _text = "";
    public required string Text { get => _text; set { _text = value; _opening = null; _label = null; } }
    public required SourceLine Line { get; init; }
    /// <summary>A blank line separates this unit from the previous one.</summary>
    public bool BlankBefore { get; init; }
    /// <summary>This unit is a later run of the same source line as the previous unit.</summary>
    public bool SameLine { get; init; }
    public bool Bold { get; init; }
    public bool Heading => Line.Heading;
    public bool HasCells => Text.Contains('\t');

    private ReportSection.Opening? _opening;
    private ReportLabel.Match? _label;

    /// <summary>The section this unit opens, if it is a section heading (computed once).</summary>
    public ReportSection.Opening Opening => _opening ??= ReportSection.Classify(this);
    /// <summary>The cover label this unit carries, if any (computed once).</summary>
    public ReportLabel.Match Label => _label ??= ReportLabel.Read(Text);

    public override string ToString() => $"{Line.Number}: {Text}";

    /// <summary>The units of lines [start, end): blanks and page furniture are skipped (blanks are remembered).</summary>
    public static List<ReportUnit> Build(IReadOnlyList<SourceLine> lines, int start, int end)
    {
        var units = new List<ReportUnit>(Math.Max(0, end - start));
        bool blank = false, openRun = false;
        for (int i = start; i < end; i++)
        {
            var line = lines[i];
            if (line.Kind == LineKind.Blank) { blank = true; openRun = false; continue; }
            if (line.Kind != LineKind.Text) continue;
            if (line.Raw.Contains("**", StringComparison.Ordinal))
                openRun = AddRuns(line, blank, openRun, units);
            else
            {
                openRun = false;
                units.Add(new ReportUnit { Text = line.Text.TrimStart('\f', '\v'), Line = line, BlankBefore = blank, Bold = line.Bold });
            }
            blank = false;
        }
        return units;
    }

    /// <summary>Splits a line at "hard" bold boundaries; returns whether a real bold run is still open at its end.</summary>
    private static bool AddRuns(SourceLine line, bool blank, bool carriedOpen, List<ReportUnit> units)
    {
        string raw = line.Raw;
        // a piece runs from pieceStart to the next hard boundary (its soft markers stay in it, as printed); its raw text
        // is only made into a string when the line splits (a single piece reads as the line's Text)
        var pieces = new List<(string? Raw, bool Bold)>();
        int pieceStart = 0;
        bool bold = carriedOpen, realOpen = carriedOpen, pieceBold = carriedOpen;
        bool firstMarkerCloses = false, sawMarker = false;
        int i = 0;
        while (true)
        {
            int idx = raw.IndexOf("**", i, StringComparison.Ordinal);
            if (idx < 0) break;
            bool quad = idx + 3 < raw.Length && raw[idx + 2] == '*' && raw[idx + 3] == '*';
            if (!sawMarker) { sawMarker = true; firstMarkerCloses = bold && (quad || idx + 2 >= raw.AsSpan().TrimEnd().Length); }
            bool textBefore = !raw.AsSpan(pieceStart, idx - pieceStart).IsWhiteSpace() && idx > 0 && !char.IsWhiteSpace(raw[idx - 1]);
            int after = idx + (quad ? 4 : 2);
            bool textAfter = after < raw.Length && !char.IsWhiteSpace(raw[after]);
            bool hard = quad ? textBefore || bold : !bold && textBefore && textAfter;
            if (hard)
            {
                pieces.Add((raw[pieceStart..idx], pieceBold));
                pieceStart = after;
            }
            if (!quad)
            {
                bold = !bold;
                // an opener counts as a real bold run only at the start of the line or at a hard boundary
                realOpen = bold && (hard || raw.AsSpan(0, idx).Trim().Length == 0 || raw.AsSpan(0, idx).TrimStart().StartsWith("#"));
            }
            else realOpen = bold;
            if (hard) pieceBold = quad || bold;
            i = after;
        }
        pieces.Add((pieces.Count == 0 ? null : raw[pieceStart..], pieceBold));

        bool first = true, added = false;
        foreach (var (pieceRaw, pieceIsBold) in pieces)
        {
            var text = pieceRaw is null ? line.Text : MarkupCleaner.Clean(pieceRaw).Text;
            bool wasFirst = first;
            first = false;
            if (text.Length == 0) continue;
            if (wasFirst && carriedOpen && firstMarkerCloses && !blank && units.Count > 0 && units[^1].Line.Number == line.Number - 1)
            {
                units[^1].Text = units[^1].Text + " " + text;
                added = true;
                continue;
            }
            units.Add(new ReportUnit
            {
                Text = text, Line = line, BlankBefore = blank && !added, SameLine = added,
                Bold = pieceIsBold || line.Bold,
            });
            added = true;
        }
        return realOpen && bold;
    }
}
