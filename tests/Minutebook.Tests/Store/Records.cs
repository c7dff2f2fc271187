using System.Security.Cryptography;
using System.Text;
using Minutebook.Model;
using Minutebook.Store.Ingest;

namespace Minutebook.Tests.Store;

/// <summary>Small records built by hand, in the shapes the extractors produce, for the store tests.</summary>
public static class Records
{
    private static int _line = 10;
    private static SourceRef At(int? page = null) => new(Interlocked.Increment(ref _line), page);

    public static Meeting Agenda(string? body, string? authority, string date, params string[] items)
    {
        var m = new Meeting { Role = MeetingRole.Agenda, Body = body, Authority = authority, Date = DateOnly.Parse(date), Source = At(1) };
        int n = 1;
        foreach (var t in items) m.AgendaItems.Add(new AgendaItem { Number = (n++).ToString(), Title = t, Source = At(1) });
        return m;
    }

    public static Meeting Minutes(string? body, string? authority, string date)
        => new() { Role = MeetingRole.Minutes, Body = body, Authority = authority, Date = DateOnly.Parse(date), Source = At(5) };

    public static Meeting Present(this Meeting m, params string[] names)
    {
        foreach (var n in names) m.Attendance.Add(new Attendance { Name = n, Status = AttendanceStatus.Present, Source = At(5) });
        return m;
    }

    public static Meeting Apologies(this Meeting m, params string[] names)
    {
        foreach (var n in names) m.Attendance.Add(new Attendance { Name = n, Status = AttendanceStatus.Apologies, Source = At(5) });
        return m;
    }

    public static Meeting Minute(this Meeting m, string number, string title, params string[] resolutions)
    {
        var item = new MinuteItem { Number = number, Title = title, Source = At(6) };
        foreach (var r in resolutions) item.Resolutions.Add(new Resolution { Text = r, Source = At(6) });
        m.MinuteItems.Add(item);
        return m;
    }

    public static Meeting Action(this Meeting m, string text, string? due = null, string? owner = null)
    {
        m.Actions.Add(new MeetingAction { Text = text, Due = due, Owner = owner, Source = At(7) });
        return m;
    }

    public static PackRecord Pack(string file, params Meeting[] meetings) => Pack(file, "", meetings);

    /// <summary>A record; <paramref name="salt"/> changes its hash (a new version of the same file).</summary>
    public static PackRecord Pack(string file, string salt, params Meeting[] meetings)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file + "\n" + salt)));
        var record = new PackRecord { Source = new SourceInfo(file, sha, "text") };
        record.Meetings.AddRange(meetings);
        return record;
    }

    public static PackRecord WithReport(this PackRecord record, string title, string summary, params string[] recommendations)
    {
        var r = new Report { Title = title, Summary = summary, Source = At(20) };
        r.Recommendations.AddRange(recommendations);
        record.Reports.Add(r);
        return record;
    }

    public static PreparedPack Prepared(this PackRecord record, params string[] lines) =>
        PreparedPack.FromRecord("/packs/" + record.Source.File, record, lines);
}
