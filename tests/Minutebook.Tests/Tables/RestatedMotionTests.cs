using Minutebook.Checking;
using Minutebook.Extraction;
using Minutebook.Model;
using Minutebook.Recognising;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Tables;

/// <summary>
/// Minutes restate a motion as the debate goes: moved, amended, put to the vote, resolved. That is not minute
/// text printed twice; a paragraph reprinted under another minute, or twice with nothing in between, is.
/// </summary>
public class RestatedMotionTests
{
    private const string Motion = "That the Council approves the draft Local Plan for public consultation for eight weeks from 3 March, with drop-in events in every ward.";
    private const string Discussion = "Members asked about the resurfacing backlog on rural lanes and were told that the programme for next year would be published in April.";

    private static List<Finding> Check(string text, params (string Number, int Line)[] items)
    {
        var context = new ExtractionContext(Snippet.Pack(text));
        var meeting = new Meeting { Role = MeetingRole.Minutes };
        foreach (var (number, line) in items)
            meeting.MinuteItems.Add(new MinuteItem { Number = number, Title = "Item " + number, Source = new SourceRef(line, null) });
        context.Record.Meetings.Add(meeting);
        context.Documents.Add(new PackDocument { Kind = DocumentKind.Minutes, Start = 0, End = context.Lines.Count });
        new RepeatedMinuteTextCheck().Run(context);
        return context.Record.Findings;
    }

    [Fact]
    public void A_motion_restated_after_an_amendment_is_not_reported_but_a_minute_reprinted_under_the_next_is()
    {
        var findings = Check(
            "MINUTES\n\n" +
            "12. Local Plan consultation\n\n" +                                           // line 3
            "The Leader moved the following motion:\n\n" +
            Motion + "\n\n" +                                                               // line 7
            "Councillor Carr proposed an amendment to add a sixth drop-in event, which on being put to the vote was lost.\n\n" +
            "The substantive motion was then put to the vote and it was agreed\n\n" +
            Motion + "\n\n" +                                                               // line 13
            "13. Highways programme\n\n" +                                                  // line 15
            Discussion + "\n\n" +                                                           // line 17
            "14. Any other business\n\n" +                                                  // line 19
            Discussion + "\n",                                                              // line 21
            ("12", 3), ("13", 15), ("14", 19));
        var f = Assert.Single(findings);
        Assert.Contains("(line 17) and again (line 21)", f.Message);
    }

    [Fact]
    public void A_paragraph_printed_twice_within_one_minute_with_no_motion_between_is_reported()
    {
        var findings = Check(
            "MINUTES\n\n" +
            "7 HIGHWAYS PROGRAMME\n\n" +
            Discussion + "\n\n" +
            Discussion + "\n\n" +
            "Resolved: that the update be noted.\n",
            ("7", 3));
        var f = Assert.Single(findings);
        Assert.Contains("(line 5) and again (line 7)", f.Message);
    }
}
