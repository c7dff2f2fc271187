using Minutebook.Model;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Extraction;

/// <summary>Minutes laid out as PDF readers give them: a whole attendance paragraph on one line, "(Item n)" on the heading line.</summary>
public class MinutesOneLineStyleTests
{
    [Fact]
    public void Long_attendance_paragraph_and_item_reference_on_the_heading_line()
    {
        var officers = string.Join(", ", Enumerable.Range(1, 12).Select(i => $"Ms Q Officer{(char)('a' + i)} (Head of Service Number {i})"));
        var text = "ASHCOMBE DISTRICT COUNCIL\n\nPOLICY BOARD\n\nMINUTES of a meeting of the Policy Board held at the Guildhall on Tuesday, 4 March 2025.\n\n" +
                   "PRESENT: Mr T Alder (Chairman), Mrs U Birch and Mr V Cedar\n\n" +
                   $"IN ATTENDANCE: {officers}\n\n" +
                   "12. Apologies (Item 1)\n\nApologies were received from Mrs W Dogwood.\n\n" +
                   "13. Budget Update (Item 2)\n\nRESOLVED that the update be noted.\n";
        var meeting = Snippet.Record(text).Meetings.Single(m => m.Role == MeetingRole.Minutes);
        Assert.Equal(3, meeting.Attendance.Count(a => a.Status == AttendanceStatus.Present));
        Assert.Equal(12, meeting.Attendance.Count(a => a.Status == AttendanceStatus.InAttendance));
        Assert.Equal(["12", "13"], meeting.MinuteItems.Select(m => m.Number));
        Assert.Equal("Apologies", meeting.MinuteItems[0].Title);
        Assert.Equal("1", meeting.MinuteItems[0].AgendaItem);
        Assert.Equal("Budget Update", meeting.MinuteItems[1].Title);
        Assert.Equal("2", meeting.MinuteItems[1].AgendaItem);
    }
}
