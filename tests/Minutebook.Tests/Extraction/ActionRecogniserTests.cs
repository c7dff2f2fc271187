using Minutebook.Extraction.Actions;

namespace Minutebook.Tests.Extraction;

public class ActionRecogniserTests
{
    [Theory]
    [InlineData("That the report be noted.")]
    [InlineData("That the minutes be agreed as a correct record.")]
    [InlineData("RESOLVED that the budget be approved.")]
    [InlineData("That the Committee approves the establishment of two posts.")]
    [InlineData("Notes the forecast overspend.")]
    [InlineData("That there were no further actions arising as a result of this report.")]
    [InlineData("That the strategy be endorsed.")]
    [InlineData("That the Board, having considered the update, note the position.")]
    public void Decisions_are_not_actions(string text) => Assert.Null(ActionRecogniser.TryRead(text));

    [Theory]
    [InlineData("That the glossary be shared with Board Members.", null, null)]
    [InlineData("That the Measurement Framework is to come back to the Board before the end of the year.", null, "before the end of the year")]
    [InlineData("That officers report back to the next meeting of the Panel.", null, "next meeting")]
    [InlineData("That the Head of Housing circulate the figures to members by 31 March 2024.", "the Head of Housing", "2024-03-31")]
    [InlineData("That the updated plan be presented to the Committee in March 2021.", null, "March 2021")]
    [InlineData("That the Chair and the Director of Public Health are to meet to discuss the changes.", "the Chair and the Director of Public Health", null)]
    [InlineData("Requested that the Director of Public Health provide Members with an update.", "the Director of Public Health", null)]
    [InlineData("Delegate authority to the Chief Executive in consultation with the Leader to sign the agreement.", "the Chief Executive", null)]
    [InlineData("That the Service Manager, Adult Safeguarding send the audit findings to members by 4 June 2025.", "the Service Manager, Adult Safeguarding", "2025-06-04")]
    [InlineData("That the Scrutiny Officer be asked to obtain further information within six weeks.", "the Scrutiny Officer", "within six weeks")]
    public void Actions_with_owner_and_due_where_stated(string text, string? owner, string? due)
    {
        var action = ActionRecogniser.TryRead(text);
        Assert.NotNull(action);
        Assert.Equal(owner, action.Owner);
        Assert.Equal(due, action.Due);
    }
}
