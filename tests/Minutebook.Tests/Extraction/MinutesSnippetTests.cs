using Minutebook.Extraction.Minutes;
using Minutebook.Model;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Extraction;

/// <summary>Minutes in layouts and wordings other than the corpus: the rules must not depend on one council's style.</summary>
public class MinutesSnippetTests
{
    private static Meeting Read(string text) =>
        MinutesReader.Read(Snippet.Pack(text).Lines.Where(l => l.IsContent).ToList());

    private static Attendance Person(Meeting m, string name) => Assert.Single(m.Attendance, a => a.Name == name);

    [Fact]
    public void Inline_present_and_apologies_lists_with_cllr_and_lettered_resolutions()
    {
        var m = Read("""
            Minutes of a meeting of the Health Scrutiny Panel held at the Town Hall, Anytown on Tuesday 5 March 2024 at 6.30 pm

            Present: Cllr A Smith (Chairman), Cllr B Jones, Dr C Brown and Mrs D White
            Apologies: Cllr E Green, Mr F Black.
            Also present: G Grey (Head of Finance), H Hall (Healthwatch Anytown)

            12. Welcome and introductions

            The Chairman welcomed everyone.

            13. Budget monitoring

            The Panel considered the report.

            RESOLVED that:
            (a) the report be noted;
            (b) the savings plan be approved; and
            (c) a further report be brought to the next meeting.

            The meeting ended at 8.15 pm.
            """);
        Assert.Equal("Health Scrutiny Panel", m.Body);
        Assert.Equal(new DateOnly(2024, 3, 5), m.Date);
        Assert.Equal(new TimeOnly(18, 30), m.Start);
        Assert.Equal(new TimeOnly(20, 15), m.End);
        Assert.Equal("Town Hall, Anytown", m.Venue);
        Assert.Equal(["A Smith", "B Jones", "C Brown", "D White"], m.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Equal("Chair", Person(m, "A Smith").Role);
        Assert.Equal("Councillor", Person(m, "B Jones").Role);
        Assert.Equal(["E Green", "F Black"], m.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name));
        Assert.Equal("Head of Finance", Person(m, "G Grey").Role);
        Assert.Equal(AttendanceStatus.InAttendance, Person(m, "H Hall").Status);
        Assert.Equal(["12", "13"], m.MinuteItems.Select(i => i.Number));
        Assert.Equal("Budget monitoring", m.MinuteItems[1].Title);
        var parts = m.MinuteItems[1].Resolutions;
        Assert.Equal(["a", "b", "c"], parts.Select(r => r.Number));
        Assert.Equal("That the savings plan be approved; and", parts[1].Text);
    }

    [Fact]
    public void Substitutes_section_and_substitution_sentences()
    {
        var m = Read("""
            ANYSHIRE COUNTY COUNCIL
            ADULTS COMMITTEE
            1 February 2023

            MEMBERS PRESENT
            Councillor P Quill (Chair)
            Councillor R Stone
            Councillor T Underwood (substituting for Councillor V West)

            SUBSTITUTES
            Councillor X Young for Councillor Z Abbot

            1 APOLOGIES AND SUBSTITUTIONS

            Apologies were received from Councillor V West and Councillor Z Abbot. Councillor K Lee attended as substitute for Councillor M North.
            """);
        Assert.Equal("Anyshire County Council", m.Authority);
        Assert.Equal("ADULTS COMMITTEE", m.Body);
        Assert.Equal(new DateOnly(2023, 2, 1), m.Date);
        Assert.Equal("V West", Person(m, "T Underwood").SubstituteFor);
        Assert.Equal("Z Abbot", Person(m, "X Young").SubstituteFor);
        Assert.Equal(AttendanceStatus.Apologies, Person(m, "V West").Status);
        Assert.Equal(AttendanceStatus.Apologies, Person(m, "Z Abbot").Status);
        Assert.Equal("Chair", Person(m, "P Quill").Role);
    }

    [Fact]
    public void Declarations_of_interest_who_which_item_what_kind()
    {
        var m = Read("""
            PRESENT: Councillor A Smith, Councillor B Jones

            4. DECLARATIONS OF INTEREST

            Councillor A Smith declared a personal interest in item 7 as a governor of Anytown Academy.
            Cllr B Jones declared a disclosable pecuniary interest in Minute 9 and left the room.
            """);
        Assert.Equal(2, m.Declarations.Count);
        Assert.Equal("A Smith", m.Declarations[0].Name);
        Assert.Equal("7", m.Declarations[0].Item);
        Assert.Equal("personal interest as a governor of Anytown Academy", m.Declarations[0].Interest);
        Assert.Equal("B Jones", m.Declarations[1].Name);
        Assert.Equal("9", m.Declarations[1].Item);
        Assert.StartsWith("disclosable pecuniary interest", m.Declarations[1].Interest);
    }

    [Theory]
    [InlineData("No declarations of interest were made.")]
    [InlineData("There were no declarations of interest.")]
    [InlineData("None.")]
    [InlineData("The Chair invited declarations. No interests were declared.")]
    public void No_declarations_is_one_entry_without_a_name(string wording)
    {
        var m = Read($"Present: A Smith\n\n5 Declarations of Interest\n\n{wording}\n");
        var none = Assert.Single(m.Declarations);
        Assert.Null(none.Name);
        Assert.Equal("none", none.Interest);
    }

    [Fact]
    public void Minute_references_roman_parts_and_a_resolving_sub_committee()
    {
        var m = Read("""
            Present: J Doe (Chair), K Roe

            Minute 45 – Performance report

            RESOLVED 2023/12
            i. That the report be noted.
            ii. That the Director of Finance report back to the Board in June.

            Minute 46 – Grants

            The Grants Sub-Committee resolved – That the grant of £5,000 be approved.

            Minute 47 – Any other business

            It was resolved that the chair's letter be circulated to all members.
            """);
        Assert.Equal(["45", "46", "47"], m.MinuteItems.Select(i => i.Number));
        var parts = m.MinuteItems[0].Resolutions;
        Assert.Equal(["i", "ii"], parts.Select(r => r.Number));
        Assert.All(parts, r => Assert.Equal("2023/12", r.Reference));
        var grant = Assert.Single(m.MinuteItems[1].Resolutions);
        Assert.Equal("Grants Sub-Committee", grant.ResolvedBy);
        Assert.Null(grant.Number);
        Assert.Equal("the chair's letter be circulated to all members.", Assert.Single(m.MinuteItems[2].Resolutions).Text.Replace("that ", ""));
    }

    [Fact]
    public void Resolution_printed_twice_is_kept_once_and_running_headers_do_not_break_it()
    {
        var m = Read("""
            PRESENT
            A Smith

            7. WORK PROGRAMME

            RESOLVED:
            1) That the work programme be agreed.
            2) That the officers arrange a visit to the new

            Health Board
            1 July 2022

            clinic before the end of the summer.
            1) That the work programme be agreed.
            2) That the officers arrange a visit to the new clinic before the end of the summer.
            """);
        var parts = m.MinuteItems.Single().Resolutions;
        Assert.Equal(2, parts.Count);
        Assert.Equal("That the officers arrange a visit to the new clinic before the end of the summer.", parts[1].Text);
    }

    [Fact]
    public void Members_marked_absent_in_a_table()
    {
        var m = Read("""
            Membership (members absent are marked A)
            Alice Able	Chair
            Bob Baker	A
            Carol Cook
            Dan Dale A
            """);
        Assert.Equal(AttendanceStatus.Present, Person(m, "Alice Able").Status);
        Assert.Equal("Chair", Person(m, "Alice Able").Role);
        Assert.Equal(AttendanceStatus.Absent, Person(m, "Bob Baker").Status);
        Assert.Equal(AttendanceStatus.Present, Person(m, "Carol Cook").Status);
        Assert.Equal(AttendanceStatus.Absent, Person(m, "Dan Dale").Status);
    }

    [Fact]
    public void Apologies_one_a_line_after_received_from()
    {
        var m = Read("""
            Present:
            Sam Hill	NHS Anytown
            Professor Jane Fox	University of Anytown

            3 Apologies

            Apologies for absence were received from:
            Dr Lee Chan, Medical Director, Anytown Hospital
            Mrs Ruth Bell
            """);
        Assert.Equal("University of Anytown", Person(m, "Jane Fox").Organisation);
        Assert.Equal("Professor", Person(m, "Jane Fox").Role);
        var chan = Person(m, "Lee Chan");
        Assert.Equal(AttendanceStatus.Apologies, chan.Status);
        Assert.Equal("Medical Director", chan.Role);
        Assert.Equal("Anytown Hospital", chan.Organisation);
        Assert.Equal(AttendanceStatus.Apologies, Person(m, "Ruth Bell").Status);
    }

    [Fact]
    public void Numbered_paragraphs_inside_a_minute_are_not_minute_items()
    {
        var m = Read("""
            PRESENT: Mr A Smith (Chairman), Mrs B Jones

            101.   Cabinet Member Updates
            (Item 4)

            1. Mr Smith, Cabinet Member for Roads, provided an update on the following:
            2. The resurfacing programme was on track.

            102.   Highways Plan
            2025-28
            (Item 5)

            3. RESOLVED that Cabinet agree the plan.
            """);
        Assert.Equal(["101", "102"], m.MinuteItems.Select(i => i.Number));
        Assert.Equal("4", m.MinuteItems[0].AgendaItem);
        Assert.Equal("Highways Plan 2025-28", m.MinuteItems[1].Title);
        Assert.Equal("5", m.MinuteItems[1].AgendaItem);
        Assert.Equal("that Cabinet agree the plan.", Assert.Single(m.MinuteItems[1].Resolutions).Text);
    }

    [Fact]
    public void Whole_pipeline_finds_minutes_in_a_snippet()
    {
        var record = Snippet.Record("""
            HEALTH AND WELLBEING BOARD

            12 MAY 2021

            PRESENT

            Councillor A Smith (in the Chair).

            1. MINUTES

            RESOLVED: That the minutes be agreed as a correct record.

            Meeting commenced at 2.00 pm, concluded at 4.10 pm
            """);
        var m = Assert.Single(record.Meetings, x => x.Role == MeetingRole.Minutes);
        Assert.Equal(new DateOnly(2021, 5, 12), m.Date);
        Assert.Equal(new TimeOnly(14, 0), m.Start);
        Assert.Equal(new TimeOnly(16, 10), m.End);
        Assert.Equal("Chair", Assert.Single(m.Attendance).Role);
        Assert.Single(Assert.Single(m.MinuteItems).Resolutions);
    }

    [Fact]
    public void Apology_list_resumes_after_a_substitution_clause()
    {
        var m = Read("""
            MINUTES of the Care Partnership Committee held on 2 October 2023 at 2.00 pm

            PRESENT: Cllr P Ames (Chair), Cllr R Bose, Cllr T Cole

            Apologies were received from Cllr S Dunn, who had been substituted for by Cllr R Bose; from Ms U Eze; and from Mr W Ford.

            7. Minutes

            RESOLVED: That the minutes be approved.
            """);
        Assert.Equal(["S Dunn", "U Eze", "W Ford"], m.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name));
        Assert.Equal("S Dunn", Person(m, "R Bose").SubstituteFor);
    }
}
