using Minutebook.Extraction.Minutes;
using Minutebook.Model;
using Minutebook.Recognising;

namespace Minutebook.Extraction;

/// <summary>
/// For each set of minutes in the pack, a meeting with role "minutes": who attended, declarations, minute items and
/// their resolutions (see Extraction/Minutes/ for the recognisers). Uses the segmenter's Minutes documents; when it
/// found none, <see cref="MinutesLocator"/> looks for minutes headers itself.
/// </summary>
public sealed class MinutesExtractor : IStage
{
    public void Run(ExtractionContext context)
    {
        var documents = context.DocumentsOf(DocumentKind.Minutes).ToList();
        if (documents.Count == 0) documents = MinutesLocator.Find(context.Lines);
        var agenda = context.Record.Meetings.FirstOrDefault(m => m.Role == MeetingRole.Agenda);
        foreach (var doc in documents)
        {
            var lines = context.ContentOf(doc).ToList();
            if (lines.Count == 0) continue;
            var meeting = MinutesReader.Read(lines);
            if (meeting.MinuteItems.Count == 0 && meeting.Attendance.Count == 0) continue;
            if (agenda is not null) InheritFromAgenda(meeting, agenda);
            context.Record.Meetings.Add(meeting);
        }
    }

    /// <summary>Minutes printed in an agenda pack are of the same authority; the body is usually the same too (keep its spelling).</summary>
    private static void InheritFromAgenda(Meeting minutes, Meeting agenda)
    {
        if (minutes.Authority is null || string.Equals(minutes.Authority, agenda.Authority, StringComparison.OrdinalIgnoreCase)) minutes.Authority = agenda.Authority ?? minutes.Authority;
        if (minutes.Body is null) minutes.Body = agenda.Body;
        else if (agenda.Body is not null && string.Equals(minutes.Body, agenda.Body, StringComparison.OrdinalIgnoreCase)) minutes.Body = agenda.Body;
    }
}
