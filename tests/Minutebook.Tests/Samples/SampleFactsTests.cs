using Minutebook.Model;
using Minutebook.Reading;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Samples;

/// <summary>
/// The key facts of the three fictional packs in samples/, each written in a different house style from the
/// corpus: proof that the rules read layouts they were not written against.
/// </summary>
public class SampleFactsTests
{
    private static readonly Dictionary<string, PackRecord> Cache = new();

    private static PackRecord Record(string prefix)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(prefix, out var record))
                Cache[prefix] = record = Pipeline.Run(PackLoader.Load(SamplePacks.Path(prefix)));
            return record;
        }
    }

    private static Meeting Summoned(string prefix) => Assert.Single(Record(prefix).Meetings, m => m.Role == MeetingRole.Agenda);
    private static Meeting Minuted(string prefix) => Assert.Single(Record(prefix).Meetings, m => m.Role == MeetingRole.Minutes);

    private static string? Pages(Meeting m, string number) =>
        m.AgendaItems.Single(a => a.Number == number).Pages is { } p ? $"{p.From}-{p.To}" : null;

    private static MinuteItem Minute(Meeting m, string number) => m.MinuteItems.Single(i => i.Number == number);

    private static Attendance Person(Meeting m, string name) => m.Attendance.Single(a => a.Name == name);

    // ---- Harrowfield: plain text, tab tables, running headers ----

    [Fact]
    public void Harrowfield_front_sheet()
    {
        var m = Summoned("harrowfield");
        Assert.Equal(new DateOnly(2024, 3, 14), m.Date);
        Assert.Equal(new TimeOnly(14, 0), m.Start);
        Assert.Contains("Health and Wellbeing Board", m.Body);
        Assert.Equal("Harrowfield Borough Council", m.Authority, ignoreCase: true);
        Assert.StartsWith("Council Chamber, Harrowfield Civic Centre", m.Venue);
        Assert.Equal("https://webcast.harrowfield.example/health-and-wellbeing-board", m.Webcast);
    }

    [Fact]
    public void Harrowfield_agenda_with_sub_items_and_pages()
    {
        var m = Summoned("harrowfield");
        Assert.Equal(["1", "2", "3", "4", "5", "6", "6(a)", "6(b)", "7", "8"], m.AgendaItems.Select(a => a.Number));
        Assert.Equal("1-4", Pages(m, "3"));
        Assert.Equal("5-12", Pages(m, "5"));
        Assert.Equal("13-16", Pages(m, "6(a)"));
        Assert.Equal("17-18", Pages(m, "6(b)"));
        Assert.Equal("19-20", Pages(m, "7"));
        Assert.Null(Pages(m, "1"));
    }

    [Fact]
    public void Harrowfield_minutes_attendance()
    {
        var m = Minuted("harrowfield");
        Assert.Equal(new DateOnly(2024, 1, 11), m.Date);
        Assert.Equal(AttendanceStatus.Present, Person(m, "Priya Okonkwo-Hale").Status);
        Assert.Equal("Graham Pettifer", Person(m, "Ruth Delacourt").SubstituteFor);
        Assert.Equal(AttendanceStatus.Present, Person(m, "Ruth Delacourt").Status);
        Assert.Equal(9, m.Attendance.Count(a => a.Status == AttendanceStatus.Present));
        Assert.Equal(["Terence Boyce-Whitlow", "Graham Pettifer", "Nadia Szymborska-Reid"],
            m.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name));
        var officer = Person(m, "Bethan Lloyd-Carver");
        Assert.Equal(AttendanceStatus.InAttendance, officer.Status);
        Assert.Contains("Director of Public Health", officer.Role + " " + officer.Organisation);
        Assert.Equal(4, m.Attendance.Count(a => a.Status == AttendanceStatus.InAttendance));
        Assert.DoesNotContain(m.Attendance, a => a.Name.StartsWith("Councillor") || a.Name.StartsWith("Dr "));
    }

    [Fact]
    public void Harrowfield_minutes_times_declarations_and_resolutions()
    {
        var m = Minuted("harrowfield");
        Assert.Equal(new TimeOnly(14, 0), m.Start);
        Assert.Equal(new TimeOnly(15, 40), m.End);
        Assert.Equal(["Sadia Rahmatullah", "Colin Abernethy-Cole"], m.Declarations.Select(d => d.Name));
        Assert.Equal(["25", "26"], m.Declarations.Select(d => d.Item));
        Assert.Equal(["22", "23", "24", "25", "26", "27"], m.MinuteItems.Select(i => i.Number));
        Assert.Equal(["1", "2", "3", "4"], Minute(m, "25").Resolutions.Select(r => r.Number));
        Assert.Equal(3, Minute(m, "26").Resolutions.Count);
        var single = Assert.Single(Minute(m, "22").Resolutions);
        Assert.Null(single.Number);
        Assert.StartsWith("That the minutes", single.Text);
        Assert.Equal(3, Minute(m, "26").Resolutions[0].Source.Page); // after the page break and its running header
    }

    [Fact]
    public void Harrowfield_actions_with_owners_and_due_dates()
    {
        var m = Minuted("harrowfield");
        var report = Assert.Single(m.Actions, a => a.Text.Contains("uptake of carers' short breaks"));
        Assert.Contains("Director of Public Health", report.Owner);
        Assert.Equal("25", report.MinuteItem);
        var share = Assert.Single(m.Actions, a => a.Text.Contains("share the findings of its carers' survey"));
        Assert.Equal("Healthwatch Harrowfield", share.Owner);
        Assert.Single(m.Actions, a => a.Text.Contains("further update on the step-down beds") && a.MinuteItem == "26");
    }

    [Fact]
    public void Harrowfield_circulate_action()
    {
        var circulate = Assert.Single(Minuted("harrowfield").Actions, a => a.Text.Contains("breakdown of discharge fund spending"));
        Assert.Contains("Head of Finance", circulate.Owner);
        Assert.Contains("2024-01-31", circulate.Due + " " + ToIso(circulate.Due));
    }

    [Fact]
    public void Due_dates_keep_their_year()
    {
        var action = Assert.Single(Minuted("harrowfield").Actions, a => a.Text.Contains("uptake of carers' short breaks"));
        Assert.Contains("2024-06-30", action.Due + " " + ToIso(action.Due));
        var update = Assert.Single(Minuted("harrowfield").Actions, a => a.Text.Contains("further update on the step-down beds"));
        Assert.Contains("March 2024", update.Due);
        var policy = Assert.Single(Minuted("brackenmoor").Actions, a => a.Text.Contains("revised charging policy"));
        Assert.Contains("2024-09-30", policy.Due + " " + ToIso(policy.Due));
    }

    [Fact]
    public void Harrowfield_reports_print_recommendations_twice_but_list_them_once()
    {
        var r = Assert.Single(Record("harrowfield").Reports, r => r.Title.Contains("POOLED BUDGET", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("5", r.AgendaItem);
        Assert.Equal(3, r.Recommendations.Count);
        Assert.StartsWith("note the forecast position", r.Recommendations[0], StringComparison.OrdinalIgnoreCase);
        Assert.Matches("Idowu-Pratt|DIRECTOR OF FINANCE", r.Author ?? ""); // the named author or the "REPORT OF:" line
        Assert.Contains("£167.80m", r.Summary);
        var dashboard = Assert.Single(Record("harrowfield").Reports, r => r.Title.Contains("DELIVERY DASHBOARD", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("6(a)", dashboard.AgendaItem);
        Assert.Single(dashboard.Recommendations);
    }

    // ---- Brackenmoor: markdown, pipe tables, Windows-1252 ----

    [Fact]
    public void Brackenmoor_front_sheet_and_pipe_agenda()
    {
        var m = Summoned("brackenmoor");
        Assert.Equal(new DateOnly(2024, 5, 21), m.Date);
        Assert.Equal(new TimeOnly(10, 30), m.Start);
        Assert.Equal("Adult Care and Health Partnership Board", m.Body);
        Assert.Equal("Brackenmoor County Council", m.Authority);
        Assert.StartsWith("The Assembly Room, Shire Hall", m.Venue);
        Assert.Equal("https://brackenmoor.example/webcasts/acphb", m.Webcast);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "6(a)", "6(b)"], m.AgendaItems.Select(a => a.Number));
        Assert.Equal("1-4", Pages(m, "2"));
        Assert.Equal("5-10", Pages(m, "5"));
        Assert.Equal("11-14", Pages(m, "6(a)"));
        Assert.Equal("15-16", Pages(m, "6(b)"));
        Assert.Equal("Declarations of Interest", m.AgendaItems.Single(a => a.Number == "3").Title);
    }

    [Fact]
    public void Brackenmoor_minutes()
    {
        var m = Minuted("brackenmoor");
        Assert.Equal(new DateOnly(2024, 3, 12), m.Date);
        Assert.Equal(new TimeOnly(10, 30), m.Start);
        Assert.Equal(new TimeOnly(12, 15), m.End);
        Assert.Equal("D Harbottle", Person(m, "M Okafor-Lane").SubstituteFor);
        Assert.Equal(AttendanceStatus.Apologies, Person(m, "D Harbottle").Status);
        Assert.Equal(4, m.Attendance.Count(a => a.Status == AttendanceStatus.InAttendance));
        var declaration = Assert.Single(m.Declarations);
        Assert.Equal("J Pennycook", declaration.Name);
        Assert.Equal("45", declaration.Item);
        Assert.Equal(["41", "42", "43", "44", "45", "46"], m.MinuteItems.Select(i => i.Number));
        Assert.Equal(["a", "b", "c"], Minute(m, "44").Resolutions.Select(r => r.Number!.Trim('(', ')')));
        Assert.Null(Assert.Single(Minute(m, "45").Resolutions).Number);
        var action = Assert.Single(m.Actions, a => a.Text.Contains("revised charging policy"));
        Assert.Contains("Director of Adult Social Care", action.Owner);
    }

    [Fact]
    public void Brackenmoor_apologies_continue_after_a_substitution_clause()
    {
        var m = Minuted("brackenmoor");
        Assert.Equal(["D Harbottle", "L Fairweather-Dunn"], m.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name));
    }

    [Fact]
    public void Brackenmoor_reports()
    {
        var reports = Record("brackenmoor").Reports;
        Assert.Equal(3, reports.Count);
        var equipment = Assert.Single(reports, r => r.Title.StartsWith("Community Equipment Service"));
        Assert.Equal("5", equipment.AgendaItem);
        Assert.Equal(3, equipment.Recommendations.Count);
        Assert.Contains("£3,200,000", equipment.Recommendations[0]);
        Assert.Equal("6(a)", Assert.Single(reports, r => r.Title.Contains("Budget Setting")).AgendaItem);
    }

    // ---- Eastmarsh: members marked A, "Councillor X for Councillor Y", RESOLVED 2024/011 ----

    [Fact]
    public void Eastmarsh_front_sheet_and_agenda()
    {
        var m = Summoned("eastmarsh");
        Assert.Equal(new DateOnly(2024, 7, 10), m.Date);
        Assert.Equal(new TimeOnly(14, 0), m.Start);
        Assert.Contains("Health and Wellbeing Board", m.Body);
        Assert.Equal("https://video.eastmarsh.example/hwb", m.Webcast);
        Assert.Equal(["1", "2", "3", "4", "5"], m.AgendaItems.Select(a => a.Number).Where(n => !n.Contains('(')));
        Assert.Equal("1-4", Pages(m, "1"));
        Assert.Equal("5-8", Pages(m, "4"));
        Assert.Equal("9-10", Pages(m, "5"));
    }

    [Fact]
    public void Eastmarsh_minutes()
    {
        var m = Minuted("eastmarsh");
        Assert.Equal(new DateOnly(2024, 5, 8), m.Date);
        Assert.Equal(new TimeOnly(14, 0), m.Start);
        Assert.Equal(new TimeOnly(15, 20), m.End);
        Assert.Equal("Bartholomew Skeet", Person(m, "Tamsin Yeoward").SubstituteFor);
        Assert.Equal("Percival Drummond-Hay", Person(m, "Ignatius Flood").SubstituteFor);
        Assert.NotEqual(AttendanceStatus.Present, Person(m, "Bartholomew Skeet").Status);
        Assert.Equal(AttendanceStatus.Present, Person(m, "Rhiannon Castlemaine").Status);
        Assert.Equal(AttendanceStatus.InAttendance, Person(m, "Lionel Parfitt-Shaw").Status);
        var declaration = Assert.Single(m.Declarations);
        Assert.Null(declaration.Name);
        Assert.Equal(["2024/011", "2024/012", "2024/013"], m.MinuteItems.SelectMany(i => i.Resolutions).Select(r => r.Reference).Distinct());
        Assert.Equal(["1", "2"], Minute(m, "4").Resolutions.Select(r => r.Number));
        Assert.Single(m.Actions, a => a.Text.Contains("action plan") && (a.Owner ?? "").Contains("Director of Public Health"));
    }

    [Fact]
    public void Eastmarsh_reports()
    {
        var plan = Assert.Single(Record("eastmarsh").Reports, r => r.Title.Contains("SUICIDE PREVENTION", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("4", plan.AgendaItem);
        Assert.Equal(2, plan.Recommendations.Count);
        Assert.Contains("Director of Public Health", plan.Author, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A due date printed as "(by) 30 June 2024", in ISO form (the contract gives it as stated).</summary>
    private static string? ToIso(string? due)
    {
        var m = System.Text.RegularExpressions.Regex.Match(due ?? "", @"\b\d{1,2} [A-Z][a-z]+ \d{4}\b");
        return m.Success && DateOnly.TryParseExact(m.Value, "d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var d) ? d.ToString("yyyy-MM-dd") : null;
    }
}
