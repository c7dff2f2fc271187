using Minutebook.Model;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Extraction;

/// <summary>The minutes printed in the five text packs of the shared corpus.</summary>
public class MinutesCorpusTests
{
    private static Meeting Minutes(string prefix) =>
        Assert.Single(Corpus.Record(Corpus.Text(prefix)).Meetings, m => m.Role == MeetingRole.Minutes);

    private static Attendance Person(Meeting m, string name) => Assert.Single(m.Attendance, a => a.Name == name);

    [CorpusFact]
    public void Pack_000_prints_the_minutes_of_16_October_2020()
    {
        var m = Minutes("000_");
        Assert.Equal(new DateOnly(2020, 10, 16), m.Date);
        Assert.Equal(new TimeOnly(10, 0), m.Start);
        Assert.Equal(new TimeOnly(11, 45), m.End);
        Assert.Equal("HEALTH AND WELLBEING BOARD", m.Body, ignoreCase: true);
        Assert.Equal(["15", "16", "17", "18", "19", "20", "21"], m.MinuteItems.Select(i => i.Number));
        Assert.Equal("COVID 19 OUTBREAK PLAN", m.MinuteItems.Single(i => i.Number == "18").Title);
    }

    [CorpusFact]
    public void Pack_000_minute_19_has_eight_resolutions_and_20_continues_over_a_page_break()
    {
        var m = Minutes("000_");
        var item19 = m.MinuteItems.Single(i => i.Number == "19");
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], item19.Resolutions.Select(r => r.Number));
        Assert.Equal("That the glossary of acronyms be shared with Board Members once completed.", item19.Resolutions[6].Text);
        var item20 = m.MinuteItems.Single(i => i.Number == "20");
        Assert.EndsWith("changes to the CDOP and how it linked to the Trafford Strategic Safeguarding Partnership.", item20.Resolutions[2].Text);
        Assert.DoesNotContain("16 October 2020", item20.Resolutions[2].Text);
        var single = Assert.Single(m.MinuteItems.Single(i => i.Number == "15").Resolutions);
        Assert.Null(single.Number);
        Assert.StartsWith("That the minutes of the meeting held 14 August 2020 be agreed", single.Text);
    }

    [CorpusFact]
    public void Pack_000_attendance_apologies_chair_and_officers()
    {
        var m = Minutes("000_");
        var apologies = m.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name).ToList();
        Assert.Equal(["J. Harding", "C. Hynes", "M. Bailey", "P. Duggan", "S. Radcliffe", "Hemingway", "M. Hill", "J. McGregor"], apologies);
        Assert.Equal("Chair", Person(m, "J. Slater").Role);
        Assert.Equal("Vice-Chair", Person(m, "S. Johnston").Role);
        Assert.Equal(12, m.Attendance.Count(a => a.Status == AttendanceStatus.Present));
        Assert.Equal(AttendanceStatus.Present, Person(m, "M. Pritchard").Status);
        var officer = Person(m, "Tom Maloney");
        Assert.Equal(AttendanceStatus.InAttendance, officer.Status);
        Assert.Equal("Health & Social Care Programme Director", officer.Role);
        var none = Assert.Single(m.Declarations);
        Assert.Null(none.Name);
        Assert.Equal("none", none.Interest);
    }

    [CorpusFact]
    public void Pack_000_actions_come_from_the_resolutions_that_ask_for_something()
    {
        var m = Minutes("000_");
        Assert.All(m.Actions, a => Assert.DoesNotContain("be noted", a.Text));
        var glossary = Assert.Single(m.Actions, a => a.Text.Contains("glossary"));
        Assert.Equal("19", glossary.MinuteItem);
        var framework = Assert.Single(m.Actions, a => a.Text.Contains("Measurement Framework is to come"));
        Assert.Equal("before the end of the year", framework.Due);
        var share = Assert.Single(m.Actions, a => a.Text.Contains("Facebook"));
        Assert.Equal("the Health & Social Care Programme Director", share.Owner);
        var meet = Assert.Single(m.Actions, a => a.Text.Contains("to meet to discuss"));
        Assert.Equal("20", meet.MinuteItem);
        Assert.Contains("Director of Public Health", meet.Owner);
        Assert.Equal(5, m.Actions.Count);
    }

    [CorpusFact]
    public void Pack_001_members_marked_A_sent_apologies_and_were_substituted()
    {
        var m = Minutes("001_");
        Assert.Equal(new DateOnly(2021, 1, 11), m.Date);
        Assert.Equal(new TimeOnly(10, 30), m.Start);
        Assert.Equal(new TimeOnly(13, 5), m.End);
        var marked = m.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name).ToList();
        Assert.Equal(["John Doddy", "Andy Sissons"], marked);
        Assert.Equal("John Doddy", Person(m, "Richard Butler").SubstituteFor);
        Assert.Equal("Andy Sissons", Person(m, "Stephen Garner").SubstituteFor);
        Assert.Equal(AttendanceStatus.Present, Person(m, "Sybil Fielding").Status);
        Assert.Equal("Chair", Person(m, "Tony Harper").Role);
        var officer = Person(m, "Jo Toomey");
        Assert.Equal(AttendanceStatus.InAttendance, officer.Status);
        Assert.Equal("Advanced Democratic Services Officer", officer.Role);
        Assert.Equal(11 + 2, m.Attendance.Count(a => a.Status is AttendanceStatus.Present or AttendanceStatus.Apologies));
    }

    [CorpusFact]
    public void Pack_001_minutes_resolve_2021_001_to_2021_007()
    {
        var m = Minutes("001_");
        var references = m.MinuteItems.SelectMany(i => i.Resolutions).Select(r => r.Reference).Distinct().ToList();
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"2021/{n:000}"), references);
        Assert.Equal(Enumerable.Range(1, 10).Select(n => n.ToString()), m.MinuteItems.Select(i => i.Number));
        var lettered = m.MinuteItems.Single(i => i.Number == "8").Resolutions;
        Assert.Equal(["a", "b", "c", "d", "e"], lettered.Select(r => r.Number));
        Assert.StartsWith("That Committee approves the establishment", lettered[0].Preamble);
        var single = Assert.Single(m.MinuteItems.Single(i => i.Number == "9").Resolutions);
        Assert.Equal("2021/006", single.Number);
        var workProgramme = Assert.Single(m.MinuteItems.Single(i => i.Number == "10").Resolutions);
        Assert.Contains("Contain Outbreak Management Fund", workProgramme.Text);
        Assert.DoesNotContain("Knighthood", workProgramme.Text);
        var request = Assert.Single(m.Actions, a => a.MinuteItem == "5");
        Assert.Equal("the Director of Public Health", request.Owner);
        Assert.DoesNotContain(m.Actions, a => a.MinuteItem is "7" or "8" or "9");
    }

    [CorpusFact]
    public void Pack_002_minutes_of_3_December_2020_in_the_RESOLVED_dash_style()
    {
        var m = Minutes("002_");
        Assert.Equal(new DateOnly(2020, 12, 3), m.Date);
        Assert.Equal("Cheshire East Council", m.Authority, ignoreCase: true);
        Assert.Equal("Health and Adult Social Care and Communities Overview and Scrutiny Committee", m.Body);
        Assert.Equal("Virtual Meeting", m.Venue);
        Assert.Equal(new TimeOnly(11, 56), m.End);
        Assert.Equal(Enumerable.Range(54, 9).Select(n => n.ToString()), m.MinuteItems.Select(i => i.Number));
        Assert.Equal("MINUTES OF PREVIOUS MEETING", m.MinuteItems.Single(i => i.Number == "55").Title);
        Assert.Single(m.MinuteItems.Single(i => i.Number == "55").Resolutions);
        var sixty = m.MinuteItems.Single(i => i.Number == "60").Resolutions;
        Assert.Equal(["1", "2"], sixty.Select(r => r.Number));
        Assert.Equal("S Gardiner", Person(m, "L Smetham").SubstituteFor);
        Assert.Equal(AttendanceStatus.Apologies, Person(m, "S Gardiner").Status);
        Assert.Equal("Chair", Person(m, "L Wardlaw").Role);
        Assert.Equal(AttendanceStatus.InAttendance, Person(m, "Matt Tyrer").Status);
        Assert.Equal("Director of Public Health", Person(m, "Matt Tyrer").Role);
        Assert.DoesNotContain(m.Attendance, a => a.Name.Contains("Attended"));
        var liaise = Assert.Single(m.Actions, a => a.MinuteItem == "62");
        Assert.Equal("the Scrutiny Officer", liaise.Owner);
    }

    [CorpusFact]
    public void Pack_002_a_resolution_continuing_over_a_page_break_is_one_part()
    {
        var m = Minutes("002_");
        var first = m.MinuteItems.Single(i => i.Number == "61").Resolutions[0];
        Assert.Contains("suicide, amongst Gypsy/Traveller communities be circulated", first.Text);
    }

    [CorpusFact]
    public void Pack_003_prints_the_minutes_of_8_December_2022_with_Ali_Hughes_in_place_of_Karen_Howell()
    {
        var m = Minutes("003_");
        Assert.Equal(new DateOnly(2022, 12, 8), m.Date);
        var ali = Person(m, "Ali Hughes");
        Assert.Equal(AttendanceStatus.Present, ali.Status);
        Assert.Equal("Karen Howell", ali.SubstituteFor);
        Assert.Equal("Wirral Community Health and Care NHS Foundation Trust", ali.Organisation);
        Assert.Equal("Janelle Holmes", Person(m, "David McGovern").SubstituteFor);
        Assert.Equal(14, m.Attendance.Count(a => a.Status == AttendanceStatus.Present));
        Assert.Equal(6, m.Attendance.Count(a => a.Status == AttendanceStatus.Apologies));
        Assert.Equal("Wirral University Teaching Hospital", Person(m, "Janelle Holmes").Organisation);
        Assert.Equal("Director of Public Health", Person(m, "David Bradburn").Role);
        Assert.Equal(Enumerable.Range(28, 12).Select(n => n.ToString()), m.MinuteItems.Select(i => i.Number));
        Assert.Null(Assert.Single(m.Declarations).Name);
    }

    [CorpusFact]
    public void Pack_003_parts_after_Resolved_That_and_a_sub_committee_resolving()
    {
        var m = Minutes("003_");
        var parts = m.MinuteItems.Single(i => i.Number == "34").Resolutions;
        Assert.Equal(["1", "2", "3"], parts.Select(r => r.Number));
        Assert.StartsWith("That the Place Governance Advisory Group be asked", parts[1].Text);
        Assert.DoesNotContain("**", parts[0].Text);
        var subCommittee = m.MinuteItems.Single(i => i.Number == "38").Resolutions;
        Assert.Equal(2, subCommittee.Count);
        Assert.All(subCommittee, r => Assert.Equal("Joint Strategic Commissioning Board Sub-Committee", r.ResolvedBy));
        Assert.Null(m.MinuteItems.Single(i => i.Number == "39").Resolutions.Single().ResolvedBy);
        Assert.Empty(m.MinuteItems.Single(i => i.Number == "37").Resolutions);
        var nextMeeting = Assert.Single(m.Actions, a => a.Text.Contains("further update report"));
        Assert.Equal("next meeting", nextMeeting.Due);
        var delegated = Assert.Single(m.Actions, a => a.Text.Contains("be delegated to"));
        Assert.StartsWith("the Director of Adult Social Care and Health", delegated.Owner);
        Assert.Equal("February Board meeting", Assert.Single(m.Actions, a => a.MinuteItem == "35").Due);
    }

    [CorpusFact]
    public void Pack_004_prints_no_minutes()
    {
        Assert.DoesNotContain(Corpus.Record(Corpus.Text("004_")).Meetings, m => m.Role == MeetingRole.Minutes);
    }

    [CorpusFact]
    public void Every_minuted_fact_points_at_a_line_inside_the_minutes()
    {
        foreach (var prefix in new[] { "000_", "001_", "002_", "003_" })
        {
            var m = Minutes(prefix);
            var lines = m.Attendance.Select(a => a.Source.Line)
                .Concat(m.MinuteItems.Select(i => i.Source.Line))
                .Concat(m.MinuteItems.SelectMany(i => i.Resolutions).Select(r => r.Source.Line))
                .Concat(m.Actions.Select(a => a.Source.Line)).ToList();
            Assert.All(lines, l => Assert.InRange(l, m.Source!.Line, m.Source.Line + 400));
        }
    }
}
