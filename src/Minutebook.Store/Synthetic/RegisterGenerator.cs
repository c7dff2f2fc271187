using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Minutebook.Model;
using Minutebook.Reading;
using Minutebook.Store.Ingest;

namespace Minutebook.Store.Synthetic;

/// <summary>
/// Makes a large register out of a few real packs, for the benchmark: each synthetic pack takes one real pack's
/// record and a window of its text, and varies them — another authority and body, the next date in that body's
/// calendar, its members' names, the numbers in the text — so the register has many bodies, long runs of meetings,
/// minutes printed in the next pack, actions answered (or not) later, and realistic text to search.
/// Packs are made one at a time (memory stays flat however many are asked for).
/// </summary>
public sealed partial class RegisterGenerator
{
    private static readonly string[] Places =
    [
        "Northfield", "Southdale", "Eastmoor", "Westbridge", "Ashcombe", "Brackenmoor", "Caldervale", "Dunmere", "Elmstead", "Fallowfield",
        "Greyhaven", "Hollins", "Ivybridge Vale", "Juniper Cross", "Kestrel Bay", "Larkhill", "Millbrook", "Nethercote", "Oakhurst", "Pinewood",
        "Queensford", "Ravensworth", "Stonebury", "Thornaby Marsh", "Upperton",
    ];

    private static readonly string[] AuthorityKinds = ["Borough Council", "County Council", "City Council", "Metropolitan Borough Council", "Council"];

    private static readonly string[] Bodies =
    [
        "Health and Wellbeing Board", "Adult Social Care Committee", "Health Scrutiny Committee", "Integrated Care Partnership Board",
    ];

    private static readonly string[] GivenNames =
    [
        "Jane", "John", "Amir", "Bethan", "Carlos", "Deborah", "Eleni", "Farid", "Grace", "Hamish", "Imogen", "Joseph", "Kiran", "Laura",
        "Marek", "Nadia", "Owen", "Priya", "Quentin", "Rosa", "Samuel", "Tara", "Umar", "Victoria", "William", "Yasmin", "Zoe",
    ];

    private static readonly string[] Surnames =
    [
        "Slater", "Smith", "Patel", "Jones", "Okafor", "Williams", "Brown", "Khan", "Taylor", "Davies", "Evans", "Wilson", "Thomas",
        "Roberts", "Johnson", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood",
    ];

    private static readonly string[] ActionTemplates =
    [
        "That the {0} is to come to the Board before the end of the year",
        "Officers to bring a report on the {0} to the next meeting",
        "The Director to circulate the {0} to members",
        "That an update on the {0} be provided in the spring",
    ];

    private sealed record Base(PackRecord Record, string[] Lines, string[] Titles);

    private readonly List<Base> _bases;
    private readonly int _seed;

    public RegisterGenerator(IEnumerable<(PackRecord Record, IReadOnlyList<string> Lines)> bases, int seed = 20210129)
    {
        _seed = seed;
        _bases = bases.Select(b => new Base(b.Record, b.Lines.ToArray(), TitlesOf(b.Record, b.Lines))).Where(b => b.Lines.Length > 0).ToList();
        if (_bases.Count == 0) throw new ArgumentException("the generator needs at least one pack with text");
    }

    /// <summary>Reads real packs (text or PDF) through the pipeline as the material to vary.</summary>
    public static RegisterGenerator FromFiles(IEnumerable<string> files, int seed = 20210129)
    {
        var bases = new List<(PackRecord, IReadOnlyList<string>)>();
        foreach (var f in files)
        {
            try
            {
                var pack = PackLoader.Load(f);
                bases.Add((Pipeline.Run(pack), pack.Lines.Select(l => l.Text).ToList()));
            }
            catch (InputException) { /* not a pack this build reads: vary the others */ }
        }
        return new RegisterGenerator(bases, seed);
    }

    public int BodyCount => Places.Length * Bodies.Length;

    /// <summary>
    /// <paramref name="count"/> packs, each summoning one meeting; from the second meeting of a body on, each
    /// also prints the minutes of that body's previous meeting. Bodies take turns, so every body's calendar runs on.
    /// </summary>
    public IEnumerable<PreparedPack> Packs(int count, int textLines = 200)
    {
        for (int i = 0; i < count; i++) yield return Pack(i, textLines);
    }

    public PreparedPack Pack(int i, int textLines = 200)
    {
        var rng = new Random(HashCode.Combine(_seed, i));
        int bodySlot = i % BodyCount;
        int sequence = i / BodyCount;
        int place = bodySlot % Places.Length;
        var authority = $"{Places[place]} {AuthorityKinds[place % AuthorityKinds.Length]}";
        var bodyName = Vary(Bodies[bodySlot / Places.Length], rng);
        var date = MeetingDate(bodySlot, sequence);
        var b = _bases[(i * 7 + sequence) % _bases.Count];
        var members = Members(bodySlot);

        var agenda = new Meeting
        {
            Role = MeetingRole.Agenda, Authority = authority, Body = bodyName, Date = date,
            Start = new TimeOnly(9 + rng.Next(0, 6), rng.Next(0, 2) * 30), Venue = $"{Places[place]} Town Hall", Source = new SourceRef(1, 1),
        };
        // the agenda: routine items, then titles from the base pack, then now and then a subject an earlier action asked for
        int line = 3;
        string[] routine = ["Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting"];
        foreach (var r in routine) agenda.AgendaItems.Add(new AgendaItem { Number = (agenda.AgendaItems.Count + 1).ToString(), Title = r, Source = new SourceRef(line++, 1) });
        int take = 4 + rng.Next(0, 5);
        for (int k = 0; k < take; k++)
        {
            var title = VaryNumbers(b.Titles[rng.Next(b.Titles.Length)], rng);
            agenda.AgendaItems.Add(new AgendaItem { Number = (agenda.AgendaItems.Count + 1).ToString(), Title = title, Description = "To receive a report.", Pages = new PageRange(k * 10 + 1, k * 10 + 9), Source = new SourceRef(line++, 1) });
        }
        if (sequence > 0 && rng.Next(0, 3) == 0)
        {
            // answers an action set at the previous meeting (see the minutes below)
            var subject = ActionSubject(bodySlot, sequence - 1);
            agenda.AgendaItems.Add(new AgendaItem { Number = (agenda.AgendaItems.Count + 1).ToString(), Title = subject, Source = new SourceRef(line++, 1) });
        }
        foreach (var m in members) agenda.Attendance.Add(new Attendance { Name = m, Status = AttendanceStatus.Present, Role = "Member", Source = new SourceRef(line++, 2) });

        var record = new PackRecord { Source = new SourceInfo($"synthetic-{i:D6}.txt", "", "text") };
        record.Meetings.Add(agenda);

        if (sequence > 0)
        {
            var previous = MeetingDate(bodySlot, sequence - 1);
            var minutes = new Meeting { Role = MeetingRole.Minutes, Authority = authority, Body = bodyName, Date = previous, Source = new SourceRef(line++, 3) };
            foreach (var m in members)
            {
                // the minutes print the members their own way: initials, titles; a few send apologies
                var printed = rng.Next(0, 3) switch { 0 => "Councillor " + Initial(m), 1 => Initial(m), _ => m };
                minutes.Attendance.Add(new Attendance { Name = printed, Status = rng.Next(0, 6) == 0 ? AttendanceStatus.Apologies : AttendanceStatus.Present, Source = new SourceRef(line++, 3) });
            }
            var baseItems = b.Record.Meetings.SelectMany(m => m.MinuteItems).ToList();
            int items = 3 + rng.Next(0, 4);
            for (int k = 0; k < items; k++)
            {
                var title = baseItems.Count > 0 ? baseItems[rng.Next(baseItems.Count)].Title : b.Titles[rng.Next(b.Titles.Length)];
                var item = new MinuteItem { Number = $"{sequence * 10 + k + 1}", Title = VaryNumbers(title, rng), Source = new SourceRef(line++, 3) };
                var resolutions = baseItems.Count > 0 ? baseItems[rng.Next(baseItems.Count)].Resolutions : [];
                if (resolutions.Count > 0)
                    foreach (var r in resolutions.Take(3)) item.Resolutions.Add(new Resolution { Number = r.Number, Text = VaryNumbers(r.Text, rng), Source = new SourceRef(line++, 3) });
                else
                    item.Resolutions.Add(new Resolution { Text = "That " + VaryNumbers(b.Lines[rng.Next(b.Lines.Length)], rng).Trim(), Source = new SourceRef(line++, 3) });
                minutes.MinuteItems.Add(item);
            }
            minutes.Actions.Add(new MeetingAction
            {
                Text = string.Format(ActionTemplates[rng.Next(ActionTemplates.Length)], ActionSubject(bodySlot, sequence - 1)),
                Owner = members[rng.Next(members.Length)], Due = rng.Next(0, 2) == 0 ? previous.AddMonths(3).ToString("d MMMM yyyy") : null,
                MinuteItem = minutes.MinuteItems[0].Number, Source = new SourceRef(line++, 3),
            });
            record.Meetings.Add(minutes);
        }

        foreach (var r in b.Record.Reports.Take(3))
        {
            var report = new Report { Title = r.Title is null ? null : VaryNumbers(r.Title, rng), Author = r.Author, Summary = r.Summary is null ? null : VaryNumbers(r.Summary, rng), Source = new SourceRef(line++, 4) };
            report.Recommendations.AddRange(r.Recommendations.Select(x => VaryNumbers(x, rng)));
            record.Reports.Add(report);
        }

        // a window of the base pack's text, numbers varied, as the pack's own text
        int start = b.Lines.Length <= textLines ? 0 : rng.Next(0, b.Lines.Length - textLines);
        var lines = new List<string>(textLines + 4) { authority.ToUpperInvariant(), bodyName, date.ToString("dddd d MMMM yyyy") };
        lines.AddRange(b.Lines.Skip(start).Take(textLines).Select(l => VaryNumbers(l, rng)));

        var text = string.Join('\n', lines);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{i}\n{text}")));
        var final = new PackRecord { Source = record.Source with { Sha256 = sha } };
        final.Meetings.AddRange(record.Meetings);
        final.Reports.AddRange(record.Reports);
        var source = new List<SourceLine>(lines.Count);
        for (int n = 0; n < lines.Count; n++) source.Add(new SourceLine(n + 1, lines[n], lines[n]) { Page = 1 + n / 50 });
        return PreparedPack.From($"/synthetic/{final.Source.File}", new SourcePack(final.Source.File, sha, "text", source), final, sha);
    }

    /// <summary>Every body meets about every six weeks from January 2012, each on its own weekday.</summary>
    public static DateOnly MeetingDate(int bodySlot, int sequence) =>
        new DateOnly(2012, 1, 2).AddDays(bodySlot % 5 + sequence * 42 + bodySlot / 5 % 3 * 7);

    /// <summary>The members of a body: the same people from meeting to meeting (some names shared across bodies).</summary>
    private static string[] Members(int bodySlot)
    {
        var members = new string[8];
        for (int k = 0; k < members.Length; k++)
            members[k] = $"{GivenNames[(bodySlot * 3 + k * 5) % GivenNames.Length]} {Surnames[(bodySlot + k * 7) % Surnames.Length]}";
        return members.Distinct().ToArray();
    }

    private static string Initial(string name) => name[0] + ". " + name[(name.IndexOf(' ') + 1)..];

    private string ActionSubject(int bodySlot, int sequence)
    {
        var b = _bases[(bodySlot + sequence) % _bases.Count];
        var title = b.Titles[(bodySlot * 31 + sequence * 17) % b.Titles.Length];
        return title;
    }

    private static string Vary(string body, Random rng) => rng.Next(0, 4) switch
    {
        0 => body.Replace(" and ", " & "),
        1 => body.ToUpperInvariant(),
        _ => body,
    };

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex Number();

    /// <summary>Changes the figures in a text (same number of digits), so no two packs say quite the same thing.</summary>
    private static string VaryNumbers(string text, Random rng)
    {
        if (!text.AsSpan().ContainsAny("0123456789")) return text;
        return Number().Replace(text, m =>
        {
            var sb = new StringBuilder(m.Length);
            foreach (var c in m.Value) sb.Append(char.IsDigit(c) ? (char)('0' + rng.Next(0, 10)) : c);
            return sb.ToString();
        });
    }

    /// <summary>Titles to put on agendas: the base pack's agenda items, minute items and reports, else its short heading-like lines.</summary>
    private static string[] TitlesOf(PackRecord record, IReadOnlyList<string> lines)
    {
        var titles = record.Meetings.SelectMany(m => m.AgendaItems.Select(a => a.Title).Concat(m.MinuteItems.Select(i => i.Title)))
            .Concat(record.Reports.Select(r => r.Title).OfType<string>())
            .Where(t => t is not null && t.Length is > 6 and < 90 && !Linking.ActionFollowUp.IsRoutine(t))
            .Distinct().ToList();
        if (titles.Count < 10)
            titles.AddRange(lines.Select(l => l.Trim().Trim('*', '#', ' '))
                .Where(l => l.Length is > 10 and < 70 && char.IsUpper(l[0]) && !l.Contains('\t') && !l.EndsWith('.') && l.Count(char.IsLetter) > l.Length * 0.7)
                .Distinct().Take(200));
        if (titles.Count == 0) titles.Add("Health and Wellbeing Strategy");
        return titles.ToArray();
    }
}
