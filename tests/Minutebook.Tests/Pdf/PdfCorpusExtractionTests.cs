using Minutebook.Model;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Pdf;

/// <summary>The same record from the Kent PDFs as from text packs: front sheets, reports, tables, minutes.</summary>
public class PdfCorpusExtractionTests
{
    private const string MinutesPending = "needs the minutes extractor (MinutesExtractor is still empty on main)";

    [CorpusFact]
    public void Cabinet_front_sheet_gives_the_summoned_meeting_and_its_agenda()
    {
        var record = Corpus.Record(Corpus.Pdf("Agenda frontsheet 30th-Jan-2025 10.00 Cabinet"));
        var meeting = Assert.Single(record.Meetings);
        Assert.Equal(MeetingRole.Agenda, meeting.Role);
        Assert.Equal("Cabinet", meeting.Body);
        Assert.Equal("Kent County Council", meeting.Authority);
        Assert.Equal(new DateOnly(2025, 1, 30), meeting.Date);
        Assert.Equal(new TimeOnly(10, 0), meeting.Start);
        Assert.Equal("Council Chamber, Sessions House, County Hall, Maidstone", meeting.Venue);
        Assert.Equal(Enumerable.Range(1, 9).Select(n => n.ToString()), meeting.AgendaItems.Select(a => a.Number));
        Assert.Equal("Apologies", meeting.AgendaItems[0].Title);
        Assert.Equal(new PageRange(1, 10), meeting.AgendaItems[2].Pages);
        Assert.StartsWith("24/00115 - Kent County Council Integrated Care Strategy (KCC ICS) Delivery Plan", meeting.AgendaItems[7].Title);
        Assert.Equal(new PageRange(327, 460), meeting.AgendaItems[7].Pages);
        Assert.All(meeting.AgendaItems, a => Assert.Equal(1, a.Source.PdfPage));
    }

    [CorpusFact]
    public void County_council_front_sheet_gives_the_meeting_date_not_the_date_it_was_sent()
    {
        var record = Corpus.Record(Corpus.Pdf("Agenda frontsheet 09th-Jan-2025"));
        var meeting = Assert.Single(record.Meetings);
        Assert.Equal(new DateOnly(2025, 1, 9), meeting.Date);
        Assert.Equal(new TimeOnly(10, 0), meeting.Start);
        Assert.Equal(["Apologies for Absence", "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda", "English Devolution White Paper"],
            meeting.AgendaItems.Select(a => a.Title));
    }

    [CorpusFact]
    public void Integrated_care_strategy_report_gives_title_decision_number_and_recommendation()
    {
        var record = Corpus.Record(Corpus.Pdf("Adoption of Integrated Care Strategy delivery plan - Report"));
        var report = Assert.Single(record.Reports);
        Assert.Contains("Integrated Care Strategy", report.Title);
        Assert.Contains("Delivery Plan", report.Title);
        Assert.Equal("24/00115", report.DecisionNumber);
        Assert.Contains("Anjan Ghosh", report.Author);
        Assert.Contains(report.Recommendations, r => r.StartsWith("Cabinet is asked to consider and agree to the proposed decision"));
        Assert.Equal(1, report.Source.PdfPage);
    }

    [CorpusFact]
    public void Budget_monitoring_appendix_gives_its_tables()
    {
        var record = Corpus.Record(Corpus.Pdf("Appendix - NOV 2024-25"));
        var first = record.Tables.First(t => t.Rows.Any(r => r.Count > 0 && r[0] == "Adaptive & Assistive Technology"));
        Assert.Contains(first.Rows, r => r.SequenceEqual(["Adaptive & Assistive Technology", "0.6", "1.0", "0.3"]));
        Assert.Contains(first.Rows, r => r.SequenceEqual(["Adult Social Care & Health Operations Total", "524.7", "588.4", "63.7"]));
        Assert.Equal(1, first.Source.PdfPage);
        Assert.Contains(record.Tables, t => t.Rows.Any(r => r.Count == 9 && r[0] == "Efficiencies through Enablement"));
    }

    [CorpusFact]
    public void Cabinet_minutes_give_attendance_minute_items_and_resolutions()
    {
        var record = Corpus.Record(Corpus.Pdf("Printed minutes 30th-Jan-2025 10.00 Cabinet"));
        var meeting = record.Meetings.Single(m => m.Role == MeetingRole.Minutes);
        Assert.Equal("Kent County Council", meeting.Authority);
        Assert.Equal("Cabinet", meeting.Body);
        Assert.Equal(new DateOnly(2025, 1, 30), meeting.Date);
        var present = meeting.Attendance.Where(a => a.Status == AttendanceStatus.Present).ToList();
        Assert.Equal(9, present.Count);
        var chair = present.Single(a => a.Name.Contains("Gough"));
        Assert.Contains("Chair", chair.Role);
        Assert.Contains(meeting.Attendance, a => a.Status == AttendanceStatus.Apologies && a.Name.Contains("Bell"));
        Assert.Contains(meeting.Attendance, a => a.Status == AttendanceStatus.InAttendance && a.Name.Contains("Ghosh"));
        Assert.Contains(meeting.Attendance, a => a.Status == AttendanceStatus.InAttendance && a.Name.Contains("Albiston"));
        Assert.Equal(Enumerable.Range(84, 9).Select(n => n.ToString()), meeting.MinuteItems.Select(m => m.Number));
        var apologies = meeting.MinuteItems[0];
        Assert.Equal("Apologies", apologies.Title);
        Assert.Equal("1", apologies.AgendaItem);
        Assert.Equal("9", meeting.MinuteItems[8].AgendaItem);
        Assert.Contains(meeting.MinuteItems[2].Resolutions, r => r.Text.Contains("correct record"));
        var ics = meeting.MinuteItems.Single(m => m.Number == "91");
        Assert.Contains("Integrated Care Strategy", ics.Title);
        Assert.Contains(ics.Resolutions, r => r.Text.Contains("Adopt the Integrated Care Strategy Delivery Plan"));
        Assert.Equal(15, ics.Resolutions[0].Source.Page);
    }

    [CorpusFact]
    public void County_council_minutes_give_the_meeting_and_its_items()
    {
        var record = Corpus.Record(Corpus.Pdf("Printed minutes 09th-Jan-2025"));
        var meeting = record.Meetings.Single(m => m.Role == MeetingRole.Minutes);
        Assert.Equal(new DateOnly(2025, 1, 9), meeting.Date);
        Assert.True(meeting.Attendance.Count(a => a.Status == AttendanceStatus.Present) > 60);
        Assert.Contains(meeting.MinuteItems, m => m.Number == "283" && m.Title == "Apologies for Absence" && m.AgendaItem == "1");
        Assert.Contains(meeting.MinuteItems, m => m.Number == "285" && m.Title == "English Devolution White Paper");
    }
}
