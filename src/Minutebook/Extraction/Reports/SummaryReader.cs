using System.Text;

namespace Minutebook.Extraction.Reports;

/// <summary>
/// Reads a report's summary or purpose: the paragraphs under "Report Summary" / "Purpose of the Report" /
/// "Summary:" up to the next heading, joined and trimmed to a readable length at a sentence end.
/// </summary>
public static class SummaryReader
{
    public const int MaxLength = 600;

    public static string? Read(List<ReportUnit> units, int start, string? inline)
    {
        var text = new StringBuilder();
        int paragraphs = 0;
        if (inline is not null) { text.Append(inline); paragraphs = 1; }
        for (int i = start; i < units.Count && text.Length < MaxLength * 2 && paragraphs <= 8; i++)
        {
            var u = units[i];
            if (u.HasCells || u.Heading || u.Opening.Kind != SectionKind.None) break;
            if (u.Label.Kind != LabelKind.None || ContactReader.IsTrigger(u.Text)) break;
            if (ReportSection.IsHeadingLike(u) || ReportSection.IsLeadIn(u.Text)) break;
            if (paragraphs > 0 && (u.BlankBefore || u.SameLine) && ReportSection.IsShortPlainLine(u.Text) && ListMarker.Read(u.Text).Style == MarkerStyle.None) break;
            var marker = ListMarker.Read(u.Text);
            var body = marker.IsItem ? u.Text[marker.Length..].Trim() : u.Text.Trim();
            if (body.Length == 0) continue;
            if (text.Length > 0) text.Append(' ');
            text.Append(body);
            if (u.BlankBefore || marker.IsItem || paragraphs == 0) paragraphs++;
        }
        return text.Length == 0 ? null : Trim(text.ToString().Replace('\t', ' '));
    }

    /// <summary>Cuts a long summary at the last sentence end before <see cref="MaxLength"/> (or a word, with "…").</summary>
    public static string Trim(string text)
    {
        if (text.Length <= MaxLength) return text;
        int cut = -1;
        for (int k = MaxLength - 1; k >= MaxLength / 3; k--)
            if (text[k] is '.' or '!' or '?' && k + 1 < text.Length && text[k + 1] == ' ') { cut = k + 1; break; }
        if (cut > 0) return text[..cut];
        int space = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(space > 0 ? space : MaxLength)].TrimEnd(',', ';', ':') + "…";
    }
}
