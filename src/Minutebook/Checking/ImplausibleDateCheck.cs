using Minutebook.Extraction;
using Minutebook.Model;

namespace Minutebook.Checking;

/// <summary>
/// Dates implausible for the meeting: minutes of an earlier meeting dated after the meeting that receives
/// them, or a year or more before it (a slipped year: "16 October 2019" for 2020).
/// </summary>
public sealed class ImplausibleDateCheck : IStage
{
    public const string Kind = "implausibleDate";

    public void Run(ExtractionContext context)
    {
        var agenda = context.Record.Meetings.FirstOrDefault(m => m.Role == MeetingRole.Agenda && m.Date is not null);
        if (agenda?.Date is not { } meetingDate) return;
        foreach (var minutes in context.Record.Meetings)
        {
            if (minutes.Role != MeetingRole.Minutes || minutes.Date is not { } date) continue;
            var source = minutes.Source;
            var cite = source is null ? "" : " " + Precision.Cite(source);
            int days = meetingDate.DayNumber - date.DayNumber;
            if (days < 0)
                context.AddFinding(Kind, Severity.Warning,
                    $"Minutes dated {date:d MMMM yyyy} come after the meeting they are presented to ({meetingDate:d MMMM yyyy}){cite}", source);
            else if (days >= 330)
                context.AddFinding(Kind, Severity.Warning,
                    $"Minutes dated {date:d MMMM yyyy} are {days} days before the meeting they are presented to ({meetingDate:d MMMM yyyy}): is the year right?{cite}", source);
        }
    }
}
