using Minutebook.Reading;

namespace Minutebook.Extraction.Reports;

/// <summary>
/// Finds reports when the segmenter has marked none (a single report on its own, or a layout it does not know):
/// a report starts at a cover mark ("Report Title:", "REPORT OF:", "Agenda Item: 4") or at a summary heading
/// with no cover mark just above it, and runs to the next start.
/// </summary>
public static class ReportLocator
{
    private const int SameReportWithin = 40;

    public static List<(int Start, int End)> Find(IReadOnlyList<SourceLine> lines)
    {
        var starts = new List<int>();
        int last = -SameReportWithin - 1;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.IsContent || !IsStart(line)) continue;
            if (i - last > SameReportWithin)
            {
                int s = i;
                // a title wrapped over the lines just above a glued heading belongs to the report
                while (line.Raw.Contains("****", StringComparison.Ordinal) && s > 0 && s > i - 3 && lines[s - 1].IsContent && lines[s - 1].Text.Length < 120) s--;
                starts.Add(s);
            }
            last = i;
        }
        var found = new List<(int, int)>(starts.Count);
        for (int k = 0; k < starts.Count; k++)
            found.Add((starts[k], k + 1 < starts.Count ? starts[k + 1] : lines.Count));
        return found;
    }

    private static bool IsStart(SourceLine line)
    {
        var text = line.Text;
        if (text.Length > 300 || line.HasCells && line.Cells.Length > 2) return false;
        int agenda = IgnoreCase.IndexOf(line.Raw, "Agenda Item");
        if (agenda >= 0 && agenda < 30) return true;
        if (line.Raw.ContainsIgnoreCase("Purpose of the Report") && text.Length < 200) return true;
        var label = ReportLabel.Read(text);
        if (label.Kind is LabelKind.Title or LabelKind.ReportOf or LabelKind.ReportTo or LabelKind.AgendaItem or LabelKind.DecisionNumber) return true;
        var unit = new ReportUnit { Text = text, Line = line };
        return ReportSection.Classify(unit).Kind == SectionKind.Summary && unit.Text.Length < 60;
    }
}
