using System.Text;
using System.Text.RegularExpressions;
using Minutebook.Model;
using Minutebook.Reading;

namespace Minutebook.Web.Data;

/// <summary>
/// The register held in memory: packs added at start-up (`serve --ingest`) or uploaded by an officer. Meetings
/// told by several packs (an agenda, then the minutes printed in a later pack) are joined on body and date.
/// Thread-safe: readers see immutable snapshots; writers swap them under a lock.
/// </summary>
public sealed partial class MemoryRegister : IRegister
{
    private readonly object _gate = new();
    private Snapshot _s = new([], [], [], new Dictionary<string, MeetingEntry>(), new Dictionary<string, PackEntry>(), new Dictionary<string, ActionEntry>());
    private readonly TimeProvider _clock;

    public MemoryRegister(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    private sealed record Snapshot(
        IReadOnlyList<MeetingEntry> Meetings, IReadOnlyList<PackEntry> Packs, IReadOnlyList<ActionEntry> Actions,
        IReadOnlyDictionary<string, MeetingEntry> MeetingById, IReadOnlyDictionary<string, PackEntry> PackById,
        IReadOnlyDictionary<string, ActionEntry> ActionById);

    public IReadOnlyList<MeetingEntry> Meetings => _s.Meetings;
    public IReadOnlyList<PackEntry> Packs => _s.Packs;
    public IReadOnlyList<ActionEntry> Actions => _s.Actions;
    public MeetingEntry? Meeting(string id) => _s.MeetingById.GetValueOrDefault(id);
    public PackEntry? Pack(string id) => _s.PackById.GetValueOrDefault(id);
    public ActionEntry? Action(string id) => _s.ActionById.GetValueOrDefault(id);
    public event Action? Reloaded { add { } remove { } }
    public IReadOnlyList<Series> Indicators => [];
    public IReadOnlyList<Series> BudgetLines => [];

    public IReadOnlyList<MeetingEntry> Add(SourcePack pack, PackRecord record)
    {
        lock (_gate)
        {
            var packId = pack.Sha256.Length >= 12 ? pack.Sha256[..12].ToLowerInvariant() : pack.Sha256;
            if (_s.PackById.TryGetValue(packId, out _))
                return _s.Meetings.Where(m => m.Parts.Any(p => p.PackId == packId)).ToList();

            var now = _clock.GetUtcNow();
            var lines = pack.Lines.Select(l => new PackLine(l.Number, l.Text, l.Page, l.IsContent)).ToArray();
            var entry = new PackEntry(packId, pack.File, pack.Format, pack.Sha256, lines, now) { ExemptLines = ExemptRanges(record, lines.Length), Findings = record.Findings.ToList() };

            var meetings = _s.Meetings.ToList();
            var byId = new Dictionary<string, MeetingEntry>(_s.MeetingById);
            var touched = new List<MeetingEntry>();
            for (int i = 0; i < record.Meetings.Count; i++)
            {
                var m = record.Meetings[i];
                var id = MeetingId(m, packId, i);
                if (!byId.TryGetValue(id, out var me))
                {
                    me = new MeetingEntry { Id = id, Authority = m.Authority, Body = m.Body, Date = m.Date, Start = m.Start, Venue = m.Venue, Added = now };
                    byId[id] = me;
                    meetings.Add(me);
                }
                me.Authority ??= m.Authority;
                me.Start ??= m.Start;
                me.Venue ??= m.Venue;
                // the reports and findings of a pack belong with the meeting it summons (else its first meeting)
                bool owner = m.Role == MeetingRole.Agenda || (i == 0 && record.Meetings.All(x => x.Role != MeetingRole.Agenda));
                me.Parts.Add(new MeetingPart(packId, m, owner ? record.Reports : [], owner ? record.Findings : []));
                touched.Add(me);
            }
            meetings.Sort((a, b) => (b.Date ?? DateOnly.MinValue).CompareTo(a.Date ?? DateOnly.MinValue) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));

            var packs = _s.Packs.Append(entry).ToList();
            var packById = new Dictionary<string, PackEntry>(_s.PackById) { [packId] = entry };
            var actions = _s.Actions.ToList();
            var actionById = new Dictionary<string, ActionEntry>(_s.ActionById);
            foreach (var me in touched.Distinct())
            {
                int n = actions.Count(a => a.Meeting == me);
                foreach (var part in me.Parts.Where(p => p.PackId == packId))
                    foreach (var a in part.Meeting.Actions)
                    {
                        var ae = new ActionEntry($"{me.Id}-a{++n}", me, packId, a, DueDates.Parse(a.Due, me.Date));
                        actions.Add(ae);
                        actionById[ae.Id] = ae;
                    }
            }
            _s = new Snapshot(meetings, packs, actions, byId, packById, actionById);
            return touched.Distinct().ToList();
        }
    }

    public IReadOnlyList<DecisionEntry> Decisions(DecisionFilter f)
    {
        var words = Terms(f.Words);
        var list = new List<DecisionEntry>();
        foreach (var m in _s.Meetings)
        {
            if (!Matches(f.Authority, m.Authority) || !Matches(f.Body, m.Body)) continue;
            if (f.From is { } from && (m.Date is null || m.Date < from)) continue;
            if (f.To is { } to && (m.Date is null || m.Date > to)) continue;
            foreach (var part in m.Parts)
            {
                var flags = Exemption.Flags(part.Meeting.MinuteItems, i => i.Title);
                for (int i = 0; i < part.Meeting.MinuteItems.Count; i++)
                {
                    var item = part.Meeting.MinuteItems[i];
                    foreach (var r in item.Resolutions)
                    {
                        if (words.Length > 0 && !words.All(w => Contains(r.Text, w) || Contains(item.Title, w))) continue;
                        list.Add(new DecisionEntry(m, part.PackId, item, r, flags[i]));
                    }
                }
            }
        }
        return list;
    }

    public IReadOnlyList<string> People =>
        _s.Meetings.SelectMany(m => m.Parts).SelectMany(p => p.Meeting.Attendance).Select(a => PersonKey(a.Name))
            .Where(k => k.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<AttendanceEntry> Attendance(string person)
    {
        var key = PersonKey(person);
        return _s.Meetings.SelectMany(m => m.Parts.SelectMany(p => p.Meeting.Attendance.Where(a => PersonKey(a.Name) == key)
            .Select(a => new AttendanceEntry(m, p.PackId, a)))).ToList();
    }

    public IReadOnlyList<FindingEntry> Findings
    {
        get
        {
            var s = _s;
            var owner = new Dictionary<string, MeetingEntry>();
            foreach (var m in s.Meetings)
                foreach (var p in m.Parts)
                    if (p.Findings.Count > 0 || !owner.ContainsKey(p.PackId)) owner[p.PackId] = m;
            return s.Packs.OrderByDescending(p => p.Added).SelectMany(p => p.Findings.Select(f => new FindingEntry(owner.GetValueOrDefault(p.Id), p, f))).ToList();
        }
    }

    public IReadOnlyList<SearchHit> Search(string query, bool includeExempt, int limit = 50)
    {
        var terms = Terms(query);
        if (terms.Length == 0) return [];
        var hits = new List<SearchHit>();
        var meetingOfPack = new Dictionary<string, MeetingEntry>();
        foreach (var m in _s.Meetings)
            foreach (var p in m.Parts)
                if (p.Reports.Count > 0 || p.Meeting.Role == MeetingRole.Agenda || !meetingOfPack.ContainsKey(p.PackId)) meetingOfPack[p.PackId] = m;
        foreach (var pack in _s.Packs)
        {
            foreach (var line in pack.Lines)
            {
                if (!line.Content) continue;
                var text = line.Text;
                if (IndexOfWord(text, terms[0], 0) < 0) continue;
                var marks = new List<(int, int)>();
                bool all = true;
                double score = 0;
                foreach (var t in terms)
                {
                    int at = IndexOfWord(text, t, 0);
                    if (at < 0) { all = false; break; }
                    while (at >= 0)
                    {
                        marks.Add((at, t.Length));
                        score += 1;
                        at = IndexOfWord(text, t, at + t.Length);
                    }
                }
                if (!all) continue;
                if (!includeExempt && pack.IsExempt(line.Number)) continue;
                if (text.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase)) score += 5; // the phrase itself
                score /= 1 + text.Length / 400.0;
                marks.Sort();
                hits.Add(new SearchHit(pack.Id, pack.File, line.Number, line.Page, line.Text, meetingOfPack.GetValueOrDefault(pack.Id), marks, score, pack.Added));
            }
        }
        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.PackId, StringComparer.Ordinal).ThenBy(h => h.Line).Take(limit).ToList();
    }

    /// <summary>Where a word starts with the term (case-insensitive): "assess" finds "assessment", "to" does not find "into".</summary>
    public static int IndexOfWord(string text, string term, int start)
    {
        while (start <= text.Length - term.Length)
        {
            int at = text.IndexOf(term, start, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return -1;
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1])) return at;
            start = at + 1;
        }
        return -1;
    }

    internal static string[] Terms(string? query) =>
        string.IsNullOrWhiteSpace(query) ? [] : query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim('"', '\'')).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private static bool Matches(string? wanted, string? actual) => string.IsNullOrWhiteSpace(wanted) || (actual is not null && actual.Contains(wanted.Trim(), StringComparison.OrdinalIgnoreCase));
    private static bool Contains(string? text, string word) => text is not null && text.Contains(word, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:(?:councillor|cllr\.?|dr\.?|mr\.?|mrs\.?|ms\.?|miss|professor|prof\.?|sir|dame)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex Honorific();

    /// <summary>The key a person's record is filed under: the name without honorifics, lower case, single-spaced.</summary>
    public static string PersonKey(string name)
    {
        var n = Honorific().Replace(Regex.Replace(name.Trim(), @"\s+", " "), "");
        return n.Trim().ToLowerInvariant();
    }

    private static string MeetingId(Meeting m, string packId, int index)
    {
        if (m.Date is { } d && !string.IsNullOrWhiteSpace(m.Body))
            return $"{d:yyyy-MM-dd}-{Slug(m.Body)}";
        return $"{packId}-{index + 1}";
    }

    public static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= 60) break;
        }
        return sb.ToString().Trim('-');
    }

    /// <summary>Lines of a pack that belong to exempt items: from an exempt item's line to the next item's.</summary>
    internal static IReadOnlyList<(int, int)> ExemptRanges(PackRecord record, int lineCount)
    {
        var anchors = new List<(int Line, bool Exempt)>();
        foreach (var m in record.Meetings)
        {
            var af = Exemption.Flags(m.AgendaItems, a => a.Title + " " + a.Description);
            for (int i = 0; i < m.AgendaItems.Count; i++) anchors.Add((m.AgendaItems[i].Source.Line, af[i]));
            var mf = Exemption.Flags(m.MinuteItems, a => a.Title);
            for (int i = 0; i < m.MinuteItems.Count; i++) anchors.Add((m.MinuteItems[i].Source.Line, mf[i]));
        }
        foreach (var r in record.Reports) anchors.Add((r.Source.Line, Exemption.IsMarked(r.Title)));
        return ExemptRanges(anchors, lineCount);
    }

    /// <summary>From the lines where items start (and whether each is exempt): the line ranges of the exempt items.</summary>
    internal static IReadOnlyList<(int, int)> ExemptRanges(List<(int Line, bool Exempt)> anchors, int lineCount)
    {
        anchors.Sort((a, b) => a.Line.CompareTo(b.Line));
        var ranges = new List<(int, int)>();
        for (int i = 0; i < anchors.Count; i++)
        {
            if (!anchors[i].Exempt) continue;
            int to = lineCount;
            for (int j = i + 1; j < anchors.Count; j++)
                if (anchors[j].Line > anchors[i].Line) { to = anchors[j].Line - 1; break; }
            ranges.Add((anchors[i].Line, to));
        }
        return ranges;
    }
}
