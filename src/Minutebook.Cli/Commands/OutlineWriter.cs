using Minutebook.Model;

namespace Minutebook.Cli.Commands;

/// <summary>Writes a pack record as an outline a person can read in a terminal.</summary>
public static class OutlineWriter
{
    public static void Write(PackRecord record, TextWriter o)
    {
        o.WriteLine($"# {record.Source.File}");
        foreach (var m in record.Meetings)
        {
            o.WriteLine();
            var when = string.Join(" ", new[] { m.Date?.ToString("dddd d MMMM yyyy"), m.Start?.ToString("HH:mm"), m.End is null ? null : "to " + m.End?.ToString("HH:mm") }.Where(s => s is not null));
            o.WriteLine($"{(m.Role == MeetingRole.Agenda ? "Meeting summoned" : "Minutes of")}: {m.Body ?? "(body unknown)"}{(m.Authority is null ? "" : ", " + m.Authority)}");
            if (when.Length > 0) o.WriteLine($"  When: {when}");
            if (m.Venue is not null) o.WriteLine($"  Where: {m.Venue}");
            if (m.Webcast is not null) o.WriteLine($"  Webcast: {m.Webcast}");
            if (m.AgendaItems.Count > 0)
            {
                o.WriteLine("  Agenda:");
                foreach (var a in m.AgendaItems)
                    o.WriteLine($"    {a.Number,-6} {a.Title}{(a.Pages is null ? "" : $"  (pages {a.Pages.From}-{a.Pages.To})")}");
            }
            if (m.Attendance.Count > 0)
            {
                o.WriteLine("  Attendance:");
                foreach (var g in m.Attendance.GroupBy(a => a.Status))
                    o.WriteLine($"    {g.Key}: {string.Join(", ", g.Select(a => a.Name + (a.SubstituteFor is null ? "" : $" (for {a.SubstituteFor})")))}");
            }
            if (m.Declarations.Count > 0)
            {
                o.WriteLine("  Declarations:");
                foreach (var d in m.Declarations)
                    o.WriteLine(d.Name is null ? "    none" : $"    {d.Name}{(d.Item is null ? "" : $" (item {d.Item})")}: {d.Interest}");
            }
            if (m.MinuteItems.Count > 0)
            {
                o.WriteLine("  Minutes:");
                foreach (var mi in m.MinuteItems)
                {
                    o.WriteLine($"    {mi.Number}. {mi.Title}");
                    foreach (var r in mi.Resolutions)
                        o.WriteLine($"       RESOLVED{(r.Number is null ? "" : " " + r.Number)}: {r.Text}  [line {r.Source.Line}]");
                }
            }
            if (m.Actions.Count > 0)
            {
                o.WriteLine("  Actions:");
                foreach (var a in m.Actions)
                    o.WriteLine($"    - {a.Text}{(a.Owner is null ? "" : $" — {a.Owner}")}{(a.Due is null ? "" : $" (by {a.Due})")}");
            }
        }
        foreach (var r in record.Reports)
        {
            o.WriteLine();
            o.WriteLine($"Report: {r.Title}{(r.AgendaItem is null ? "" : $" (item {r.AgendaItem})")}");
            if (r.Author is not null) o.WriteLine($"  By: {r.Author}");
            foreach (var rec in r.Recommendations) o.WriteLine($"  Recommends: {rec}");
        }
        if (record.Findings.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Findings:");
            foreach (var f in record.Findings)
                o.WriteLine($"  [{f.Severity}] {f.Message}"); // every check's message already cites its page and line
        }
    }
}
