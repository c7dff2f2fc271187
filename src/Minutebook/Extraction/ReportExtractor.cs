using Minutebook.Extraction.Reports;
using Minutebook.Model;
using Minutebook.Recognising;
using System.Text.RegularExpressions;

namespace Minutebook.Extraction;

/// <summary>
/// Reports: for each report document, its title, agenda item, author, summary, recommendations (each once)
/// and contacts. The rules live in Extraction/Reports: <see cref="ReportReader"/> (the cover and the sections),
/// <see cref="RecommendationReader"/>, <see cref="SummaryReader"/>, <see cref="ContactReader"/>.
/// </summary>
public sealed partial class ReportExtractor : IStage
{
    public void Run(ExtractionContext context)
    {
        var agenda = AgendaOf(context);
        var ranges = context.DocumentsOf(DocumentKind.Report).Select(d => (d.Start, d.End, (PackDocument?)d)).ToList();
        ranges.AddRange(PapersOfReportItems(context, agenda).Select(d => (d.Start, d.End, (PackDocument?)d)));
        if (ranges.Count == 0)
            ranges = ReportLocator.Find(context.Lines).Select(r => (r.Start, r.End, (PackDocument?)null)).ToList();
        if (ranges.Count == 0) return;
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));

        var bodies = context.Record.Meetings.Select(m => m.Body).OfType<string>().Distinct().ToList();
        foreach (var (start, end, doc) in ranges)
        {
            var units = ReportUnit.Build(context.Lines, start, end);
            var report = ReportReader.Read(units, new ReportReader.Hints
            {
                DocumentTitle = doc?.Title,
                DocumentAgendaItem = doc?.AgendaItem,
                BodyNames = bodies,
            });
            if (report is null) continue;
            report.Author ??= AuthorFromAgenda(agenda, report.AgendaItem);
            report.Pages = PagesOf(context, start, end);
            context.Record.Reports.Add(report);
        }
    }

    /// <summary>The agenda of the meeting the pack summons: from the front sheet extractor, else from the segmenter's reading.</summary>
    private static List<AgendaItem> AgendaOf(ExtractionContext context)
    {
        var meeting = context.Record.Meetings.FirstOrDefault(m => m.Role == MeetingRole.Agenda && m.AgendaItems.Count > 0);
        return meeting is not null ? meeting.AgendaItems : DocumentSegmenter.AgendaOf(context.Lines, context.Documents);
    }

    /// <summary>
    /// An agenda item "To receive a report from the Director of Public Health" whose paper the segmenter filed as an
    /// outside document (a strategy, an annual report printed as it is) has that paper as its report.
    /// </summary>
    private static IEnumerable<PackDocument> PapersOfReportItems(ExtractionContext context, List<AgendaItem> agenda)
    {
        var withReport = context.DocumentsOf(DocumentKind.Report).Select(d => d.AgendaItem).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var item in agenda)
        {
            if (withReport.Contains(item.Number) || item.Description is null || !ReportFrom().IsMatch(item.Description)) continue;
            if (!item.Description.ContainsIgnoreCase("report")) continue;
            var paper = context.Documents.FirstOrDefault(d => d.Kind is DocumentKind.OutsideDocument or DocumentKind.Other
                && string.Equals(d.AgendaItem, item.Number, StringComparison.OrdinalIgnoreCase));
            if (paper is not null) yield return paper;
        }
    }

    /// <summary>"To receive a report from the Director of Public Health." on the agenda names the author.</summary>
    private static string? AuthorFromAgenda(List<AgendaItem> agenda, string? item)
    {
        if (item is null) return null;
        foreach (var a in agenda)
        {
            if (!string.Equals(a.Number, item, StringComparison.OrdinalIgnoreCase) || a.Description is null) continue;
            var m = ReportFrom().Match(a.Description);
            if (m.Success && m.Value.StartsWith("report", StringComparison.OrdinalIgnoreCase)) return m.Groups["who"].Value.Trim();
        }
        return null;
    }

    private static PageRange? PagesOf(ExtractionContext context, int start, int end)
    {
        int? from = null, to = null;
        for (int i = start; i < end; i++)
        {
            var p = context.Lines[i].Page;
            if (p is null) continue;
            from ??= p;
            to = p;
        }
        return from is int f && to is int t && t >= f ? new PageRange(f, t) : null;
    }

    [GeneratedRegex(@"\b(?:report|paper|update|presentation)\s+(?:of|from|by)\s+(?:the\s+)?(?<who>[^.;]{3,120}?)\s*(?:[.;]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportFrom();
}
