using Minutebook.Extraction.Actions;
using Minutebook.Model;

namespace Minutebook.Extraction;

/// <summary>
/// Actions implied by the resolutions of each minuted meeting: text, owner and due where stated, and the minute
/// item. Decisions ("be noted", "be agreed", "approved") are not actions (see <see cref="ActionRecogniser"/>).
/// </summary>
public sealed class ActionExtractor : IStage
{
    public void Run(ExtractionContext context)
    {
        foreach (var meeting in context.Record.Meetings)
        {
            if (meeting.Role != MeetingRole.Minutes) continue;
            foreach (var item in meeting.MinuteItems)
            foreach (var resolution in item.Resolutions)
            {
                var found = ActionRecogniser.TryRead(resolution.Text);
                if (found is null) continue;
                meeting.Actions.Add(new MeetingAction
                {
                    Text = resolution.Text,
                    Owner = found.Owner,
                    Due = found.Due,
                    MinuteItem = item.Number,
                    Source = resolution.Source,
                });
            }
        }
    }
}
