using System.Collections.Concurrent;
using System.Globalization;
using Minutebook.Model;
using Minutebook.Reading;
using Minutebook.Store;
using Minutebook.Store.Ingest;
using Q = Minutebook.Store.Queries;

namespace Minutebook.Web.Data;

/// <summary>
/// The register as the store holds it (SQLite or PostgreSQL, linked across meetings by the store). The lists the
/// pages walk (meetings, actions, packs) are kept as a snapshot reloaded every few seconds, so packs ingested by
/// another process appear; a meeting's detail and a pack's text are read on demand and cached per snapshot.
/// </summary>
public sealed class StoreRegister : IRegister
{
    private readonly RegisterStore _store;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _maxAge;
    private readonly object _gate = new();
    private volatile Snapshot? _snapshot;
    private int _refreshing;
    private readonly ConcurrentDictionary<string, MeetingEntry> _details = new();
    private int _detailCount;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<(int, int)>>> _exempt = new();

    public StoreRegister(RegisterStore store, TimeProvider? clock = null, TimeSpan? maxAge = null)
    {
        _store = store;
        _clock = clock ?? TimeProvider.System;
        _maxAge = maxAge ?? TimeSpan.FromSeconds(10);
    }

    public RegisterStore Store => _store;
    public event Action? Reloaded;

    private sealed record Snapshot(
        DateTimeOffset At, IReadOnlyList<MeetingEntry> Meetings, Dictionary<string, MeetingEntry> MeetingById,
        IReadOnlyList<ActionEntry> Actions, Dictionary<string, ActionEntry> ActionById,
        IReadOnlyList<PackEntry> Packs, Dictionary<string, PackEntry> PackById)
    {
        /// <summary>What the store looked like when this snapshot was read (see <see cref="Version"/>).</summary>
        public string Version { get; init; } = "";
        /// <summary>The actions set at each meeting.</summary>
        public Dictionary<string, List<ActionEntry>> ActionsByMeeting { get; init; } = [];
    }

    private Snapshot S
    {
        get
        {
            var s = _snapshot;
            if (s is null)
            {
                lock (_gate) { s = _snapshot ??= Load(); }
                Reloaded?.Invoke();
                return s;
            }
            if (_clock.GetUtcNow() - s.At > _maxAge && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
            {
                // look again in the background (readers keep the old snapshot meanwhile); read the lists again only
                // when the store has changed since, which one small query tells
                _ = Task.Run(() =>
                {
                    try
                    {
                        if (Version() == s.Version) _snapshot = s with { At = _clock.GetUtcNow() };
                        else Reload();
                    }
                    finally { Interlocked.Exchange(ref _refreshing, 0); }
                });
            }
            return s;
        }
    }

    /// <summary>Reads the lists again now (after an ingest or upload).</summary>
    public void Reload()
    {
        var s = Load();
        lock (_gate)
        {
            _snapshot = s;
            _details.Clear();
            Interlocked.Exchange(ref _detailCount, 0);
        }
        Reloaded?.Invoke();
    }

    /// <summary>
    /// A fingerprint of what the lists are read from: packs added or replaced (ingest, upload) and the links drawn
    /// across meetings (actions closed by later papers, people). Cheap: counts and maxima over indexed columns.
    /// </summary>
    private string Version()
    {
        using var db = _store.Connect();
        return string.Join(",", db.Query(
            "SELECT (SELECT count(*) FROM packs), (SELECT max(id) FROM packs), (SELECT count(*) FROM meetings), (SELECT max(id) FROM meetings), " +
            "(SELECT count(*) FROM actions), (SELECT count(closed_kind) FROM actions), (SELECT count(*) FROM people)",
            r => string.Join(",", Enumerable.Range(0, 7).Select(i => r.Str(i) ?? "-"))));
    }

    private Snapshot Load()
    {
        var version = Version();
        var packs = _store.Packs().Select(p => new PackEntry(Id(p.Id), p.File, p.Format, p.Sha256, [], Added(p.IngestedAt)) { LineCount = p.Lines }).ToList();
        var packById = packs.ToDictionary(p => p.Id);
        var meetings = new List<MeetingEntry>();
        var byId = new Dictionary<string, MeetingEntry>();
        foreach (var m in _store.Meetings(new Q.MeetingQuery { Limit = int.MaxValue }))
        {
            var e = Entry(m, packById);
            meetings.Add(e);
            byId[e.Id] = e;
        }
        var actions = new List<ActionEntry>();
        var actionById = new Dictionary<string, ActionEntry>();
        var byMeeting = new Dictionary<string, List<ActionEntry>>();
        foreach (var a in _store.Actions(new Q.ActionQuery { AsOf = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime), Limit = int.MaxValue }))
        {
            if (!byId.TryGetValue(Id(a.MeetingId), out var meeting)) continue;
            var e = Action(a, meeting, byId);
            actions.Add(e);
            actionById[e.Id] = e;
            if (!byMeeting.TryGetValue(meeting.Id, out var set)) byMeeting[meeting.Id] = set = [];
            set.Add(e);
        }
        return new Snapshot(_clock.GetUtcNow(), meetings, byId, actions, actionById, packs, packById) { Version = version, ActionsByMeeting = byMeeting };
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
    private static long? ParseId(string id) => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    private static DateTimeOffset Added(string iso) => DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : DateTimeOffset.UnixEpoch;
    private static SourceRef Ref(Q.Citation c) => new(c.Line, c.Page) { PdfPage = c.PdfPage };

    private static MeetingEntry Entry(Q.MeetingSummary m, IReadOnlyDictionary<string, PackEntry> packs)
    {
        var e = new MeetingEntry { Id = Id(m.Id), Authority = m.Authority, Body = m.Body, Date = m.Date, Start = m.Start, Venue = m.Venue };
        foreach (var p in m.Packs)
            e.Parts.Add(new MeetingPart(Id(p.PackId), new Meeting { Role = p.Role, Authority = m.Authority, Body = m.Body, Date = m.Date, Start = m.Start, End = m.End, Venue = m.Venue }, [], []));
        e.Added = m.Packs.Select(p => packs.GetValueOrDefault(Id(p.PackId))?.Added ?? DateTimeOffset.UnixEpoch).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        return e;
    }

    private static ActionEntry Action(Q.ActionRow a, MeetingEntry meeting, IReadOnlyDictionary<string, MeetingEntry> meetings)
    {
        var action = new MeetingAction { Text = a.Text, Owner = a.Owner, Due = a.DueText, Source = Ref(a.Source) };
        var e = new ActionEntry(Id(a.Id), meeting, Id(a.Source.PackId), action, a.Due);
        if (a.ClosedBy is { } c)
        {
            e.Status = ActionStatus.Done;
            e.ClosedBy = meetings.GetValueOrDefault(Id(c.MeetingId));
            e.Note = $"Answered by {(c.Kind == "report" ? "the report" : "the agenda item")} “{c.Title}”{(c.Date is { } d ? " on " + Html.Format.Date(d) : "")}.";
        }
        return e;
    }

    public IReadOnlyList<MeetingEntry> Meetings => S.Meetings;

    /// <summary>
    /// A page of the meetings read from the store (LIMIT and OFFSET, and a count), not sliced from the whole list;
    /// the body is matched as the store matches it, against any name the body is printed under.
    /// </summary>
    public ListPage<MeetingEntry> MeetingsPage(string? body, int offset, int limit)
    {
        var s = S;
        var query = new Q.MeetingQuery { Body = body, Offset = Math.Max(0, offset), Limit = Math.Max(0, limit) };
        int total = _store.CountMeetings(query);
        if (total == 0 || offset >= total || limit <= 0) return new([], total);
        var rows = _store.Meetings(query).Select(m => s.MeetingById.GetValueOrDefault(Id(m.Id)) ?? Entry(m, s.PackById)).ToList();
        return new(rows, total);
    }
    public IReadOnlyList<PackEntry> Packs => S.Packs;
    public IReadOnlyList<ActionEntry> Actions => S.Actions;
    public ActionEntry? Action(string id) => S.ActionById.GetValueOrDefault(id);
    public IReadOnlyList<ActionEntry> ActionsSetAt(string meetingId) => S.ActionsByMeeting.GetValueOrDefault(meetingId) ?? [];
    public PackEntry? PackSummary(string id) => S.PackById.GetValueOrDefault(id) ?? Pack(id);

    public MeetingEntry? Meeting(string id)
    {
        var s = S;
        // the list pages read the store directly, so they can show a meeting ingested since the lists were read:
        // read them again now rather than answer "not found" until the next refresh
        if (!s.MeetingById.ContainsKey(id) && ParseId(id) is not null && Version() != s.Version)
        {
            Reload();
            s = S;
        }
        if (!s.MeetingById.TryGetValue(id, out var summary) || ParseId(id) is not { } key) return null;
        if (_details.TryGetValue(id, out var cached)) return cached;
        var d = _store.Meeting(key);
        if (d is null) return null;
        var e = new MeetingEntry { Id = summary.Id, Authority = summary.Authority, Body = summary.Body, Date = summary.Date, Start = summary.Start, Venue = summary.Venue, Added = summary.Added };
        var packIds = d.Meeting.Packs.Select(p => p.PackId).Distinct().ToList();
        foreach (var p in d.Meeting.Packs)
        {
            bool first = d.Meeting.Packs.First(x => x.PackId == p.PackId) == p; // a pack's facts go in its first part
            var m = new Meeting { Role = p.Role, Authority = d.Meeting.Authority, Body = d.Meeting.Body, Date = d.Meeting.Date, Start = d.Meeting.Start, End = d.Meeting.End, Venue = d.Meeting.Venue, Webcast = d.Webcast };
            var reports = new List<Report>();
            var findings = new List<Finding>();
            if (first)
            {
                foreach (var a in d.AgendaItems.Where(a => a.Source.PackId == p.PackId))
                    m.AgendaItems.Add(new AgendaItem { Number = a.Number, Title = a.Title, Description = a.Description, Pages = a.PageFrom is { } f ? new PageRange(f, a.PageTo ?? f) : null, Source = Ref(a.Source) });
                foreach (var a in d.Attendance.Where(a => a.Source.PackId == p.PackId))
                    m.Attendance.Add(new Attendance { Name = a.Name, Status = a.Status, Role = a.Role, Organisation = a.Organisation, SubstituteFor = a.SubstituteFor, Source = Ref(a.Source) });
                foreach (var x in d.Declarations.Where(x => x.Source.PackId == p.PackId))
                    m.Declarations.Add(new Declaration { Name = x.Name, Item = x.Item, Interest = x.Interest, Source = Ref(x.Source) });
                foreach (var i in d.MinuteItems.Where(i => i.Source.PackId == p.PackId))
                {
                    var item = new MinuteItem { Number = i.Number, Title = i.Title, Source = Ref(i.Source) };
                    foreach (var r in i.Resolutions) item.Resolutions.Add(new Resolution { Number = r.Number, Text = r.Text, Source = Ref(r.Source) });
                    m.MinuteItems.Add(item);
                }
                foreach (var r in d.Reports.Where(r => r.Source.PackId == p.PackId))
                {
                    var rep = new Report { Title = r.Title, AgendaItem = r.AgendaItem, Author = r.Author, Summary = r.Summary, Source = Ref(r.Source) };
                    rep.Recommendations.AddRange(r.Recommendations);
                    reports.Add(rep);
                }
                if (p.Role == MeetingRole.Agenda)
                    findings.AddRange(_store.Findings(p.PackId).Select(f => new Finding(f.Kind, f.Severity, f.Message, f.Source is { } c ? Ref(c) : null)));
            }
            e.Parts.Add(new MeetingPart(Id(p.PackId), m, reports, findings));
        }
        // a bounded cache of recent meetings (cleared with each new snapshot); counted here, as
        // ConcurrentDictionary.Count would lock every bucket on every page
        if (Interlocked.Increment(ref _detailCount) > 2000)
        {
            _details.Clear();
            Interlocked.Exchange(ref _detailCount, 0);
        }
        _details[id] = e;
        return e;
    }

    public PackEntry? Pack(string id)
    {
        if (ParseId(id) is not { } key) return null;
        var summary = _store.Pack(key);
        if (summary is null) return null;
        var lines = _store.PackLines(key).Select(l => new PackLine(l.Number, l.Text, l.Page, !string.IsNullOrWhiteSpace(l.Text))).ToList();
        var findings = _store.Findings(key).Select(f => new Finding(f.Kind, f.Severity, f.Message, f.Source is { } c ? Ref(c) : null)).ToList();
        return new PackEntry(id, summary.File, summary.Format, summary.Sha256, lines, Added(summary.IngestedAt)) { ExemptLines = ExemptLines(key, summary.Lines), Findings = findings };
    }

    /// <summary>
    /// The exempt line ranges of a pack, from its stored items (agenda items, minute items, reports: a few indexed
    /// rows rather than the whole record), worked out once per pack (they never change for a pack) even when many
    /// requests ask at once.
    /// </summary>
    private IReadOnlyList<(int, int)> ExemptLines(long packId, int lineCount) =>
        _exempt.GetOrAdd(Id(packId), _ => new Lazy<IReadOnlyList<(int, int)>>(() => ExemptRanges(packId, lineCount))).Value;

    private IReadOnlyList<(int, int)> ExemptRanges(long packId, int lineCount)
    {
        using var db = _store.Connect();
        var anchors = new List<(int Line, bool Exempt)>();
        void Items(string sql, Func<(string Title, string? Description), string> text)
        {
            // items are flagged meeting by meeting, in order: an exclusion of the press and public covers the items after it
            var rows = db.Query(sql, r => (Meeting: r.L(0), Title: r.S(1), Description: r.Str(2), Line: (int)r.L(3)), packId);
            foreach (var meeting in rows.GroupBy(x => x.Meeting))
            {
                var items = meeting.ToList();
                var flags = Exemption.Flags(items, x => text((x.Title, x.Description)));
                for (int i = 0; i < items.Count; i++) anchors.Add((items[i].Line, flags[i]));
            }
        }
        Items("SELECT meeting_id, title, description, line FROM agenda_items WHERE pack_id = @p0 ORDER BY meeting_id, position", x => x.Title + " " + x.Description);
        Items("SELECT meeting_id, title, NULL, line FROM minute_items WHERE pack_id = @p0 ORDER BY meeting_id, position", x => x.Title);
        foreach (var (title, line) in db.Query("SELECT title, line FROM reports WHERE pack_id = @p0", r => (r.S(0), (int)r.L(1)), packId))
            anchors.Add((line, Exemption.IsMarked(title)));
        return MemoryRegister.ExemptRanges(anchors, lineCount);
    }

    private bool IsExempt(long packId, int line)
    {
        foreach (var (from, to) in ExemptLines(packId, int.MaxValue))
            if (line >= from && line <= to) return true;
        return false;
    }

    public int DecisionsLimit => 2000;
    private const string DecisionOrder = " ORDER BY m.date DESC, r.meeting_id, i.position, r.id";

    public IReadOnlyList<DecisionEntry> Decisions(DecisionFilter f)
    {
        var s = S;
        using var db = _store.Connect();
        var where = new List<string>();
        var args = new List<object?>();
        string Arg(object? v) { args.Add(v); return "@p" + (args.Count - 1); }
        if (f.Body is { } body) where.Add($"lower(b.name) LIKE {Arg("%" + body.ToLowerInvariant() + "%")}");
        if (f.Authority is { } auth) where.Add($"lower(b.authority) LIKE {Arg("%" + auth.ToLowerInvariant() + "%")}");
        if (f.From is { } from) where.Add($"m.date >= {Arg(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        if (f.To is { } to) where.Add($"m.date <= {Arg(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}");
        foreach (var w in MemoryRegister.Terms(f.Words))
        {
            var a = Arg("%" + w.ToLowerInvariant() + "%");
            where.Add($"(lower(r.text) LIKE {a} OR lower(i.title) LIKE {a})");
        }
        var sql = "SELECT r.meeting_id, r.pack_id, i.number, i.title, i.line, i.page, r.number, r.text, r.line, r.page, r.pdf_page, " +
                  "EXISTS (SELECT 1 FROM minute_items e WHERE e.meeting_id = i.meeting_id AND e.pack_id = i.pack_id AND e.position < i.position " +
                  "AND lower(e.title) LIKE '%exclu%' AND (lower(e.title) LIKE '%press%' OR lower(e.title) LIKE '%public%')) " +
                  // the newest resolutions first (ids only), then their columns: the exclusion test runs for the rows listed only
                  "FROM (SELECT r.id FROM resolutions r JOIN minute_items i ON i.id = r.minute_item_id JOIN meetings m ON m.id = r.meeting_id LEFT JOIN bodies b ON b.id = m.body_id" +
                  (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") + DecisionOrder + " LIMIT " + DecisionsLimit.ToString(CultureInfo.InvariantCulture) + ") p " +
                  "JOIN resolutions r ON r.id = p.id JOIN minute_items i ON i.id = r.minute_item_id JOIN meetings m ON m.id = r.meeting_id" + DecisionOrder;
        var rows = db.Query(sql, r => (Meeting: Id(r.L(0)), Pack: Id(r.L(1)), Number: r.S(2), Title: r.S(3), ItemLine: (int)r.L(4), ItemPage: r.IN(5),
            RNumber: r.Str(6), Text: r.S(7), Line: (int)r.L(8), Page: r.IN(9), Pdf: r.IN(10), After: Convert.ToBoolean(r.L(11))), args.ToArray());
        var list = new List<DecisionEntry>();
        foreach (var x in rows)
        {
            if (!s.MeetingById.TryGetValue(x.Meeting, out var m)) continue;
            var item = new MinuteItem { Number = x.Number, Title = x.Title, Source = new SourceRef(x.ItemLine, x.ItemPage) };
            var res = new Resolution { Number = x.RNumber, Text = x.Text, Source = new SourceRef(x.Line, x.Page) { PdfPage = x.Pdf } };
            list.Add(new DecisionEntry(m, x.Pack, item, res, x.After || Exemption.IsMarked(x.Title)));
        }
        return list;
    }

    public IReadOnlyList<string> People
    {
        get
        {
            using var db = _store.Connect();
            return db.Query("SELECT DISTINCT name FROM people ORDER BY name LIMIT 5000", r => r.S(0));
        }
    }

    /// <summary>
    /// The people page in two queries (not one per person): attendance counted per person and printed name, then
    /// gathered per name as <see cref="Attendance"/> gathers them (the people printed or known under that name).
    /// </summary>
    public IReadOnlyList<PersonSummary> PeopleSummary
    {
        get
        {
            var keys = People;
            using var db = _store.Connect();
            var people = db.Query("SELECT id, name FROM people ORDER BY name, id", r => (Id: r.L(0), Name: r.S(1)));
            var printed = db.Query(
                "SELECT a.person_id, a.name, count(*), sum(CASE WHEN a.status = @p0 THEN 1 ELSE 0 END), min(m.date), min(a.id) " +
                "FROM attendance a JOIN meetings m ON m.id = a.meeting_id WHERE a.person_id IS NOT NULL GROUP BY a.person_id, a.name",
                r => (Person: r.L(0), Name: r.S(1), Count: (int)r.L(2), Present: (int)r.L(3), First: (r.Str(4) ?? "", r.L(5))), AttendanceStatus.Present)
                .GroupBy(x => x.Person).ToDictionary(g => g.Key, g => g.OrderBy(x => x.First.Item1, StringComparer.Ordinal).ThenBy(x => x.First.Item2).ToList());
            // who answers to each name: the person of that name, and anyone printed under it
            var byKey = new Dictionary<string, List<long>>(StringComparer.Ordinal);
            void Add(string key, long id)
            {
                if (!byKey.TryGetValue(key, out var ids)) byKey[key] = ids = [];
                if (!ids.Contains(id)) ids.Add(id);
            }
            foreach (var p in people)
            {
                Add(MemoryRegister.PersonKey(p.Name), p.Id);
                foreach (var x in printed.GetValueOrDefault(p.Id) ?? []) Add(MemoryRegister.PersonKey(x.Name), p.Id);
            }
            var list = new List<PersonSummary>(keys.Count);
            foreach (var key in keys)
            {
                var rows = (byKey.GetValueOrDefault(MemoryRegister.PersonKey(key)) ?? []).SelectMany(id => printed.GetValueOrDefault(id) ?? []).ToList();
                list.Add(new PersonSummary(key, rows.Count > 0 ? rows[0].Name : key, rows.Sum(x => x.Present), rows.Sum(x => x.Count)));
            }
            return list;
        }
    }

    public IReadOnlyList<AttendanceEntry> Attendance(string person)
    {
        var s = S;
        var list = new List<AttendanceEntry>();
        foreach (var p in _store.People(person))
        {
            // the store finds everyone who fits the name; a person page shows one person (the exact name when there is one)
            if (!string.Equals(MemoryRegister.PersonKey(p.Name), MemoryRegister.PersonKey(person), StringComparison.Ordinal) &&
                !p.NamesPrinted.Any(n => MemoryRegister.PersonKey(n) == MemoryRegister.PersonKey(person))) continue;
            foreach (var pm in p.Meetings)
                if (s.MeetingById.TryGetValue(Id(pm.MeetingId), out var m))
                    list.Add(new AttendanceEntry(m, Id(pm.Source.PackId), new Attendance { Name = pm.NamePrinted, Status = pm.Status, Role = pm.Role, Source = Ref(pm.Source) }));
        }
        return list;
    }

    public IReadOnlyList<FindingEntry> Findings
    {
        get
        {
            var s = S;
            var owner = new Dictionary<string, MeetingEntry>();
            foreach (var m in s.Meetings)
                foreach (var p in m.Parts)
                    if (p.Meeting.Role == MeetingRole.Agenda || !owner.ContainsKey(p.PackId)) owner[p.PackId] = m;
            using var db = _store.Connect();
            return db.Query("SELECT pack_id, kind, severity, message, line, page, pdf_page FROM findings ORDER BY pack_id DESC, id LIMIT 1000",
                r => (Pack: Id(r.L(0)), F: new Finding(r.S(1), r.S(2), r.S(3), r.IN(4) is { } l ? new SourceRef(l, r.IN(5)) { PdfPage = r.IN(6) } : null)))
                .Where(x => s.PackById.ContainsKey(x.Pack))
                .Select(x => new FindingEntry(owner.GetValueOrDefault(x.Pack), s.PackById[x.Pack], x.F)).ToList();
        }
    }

    public IReadOnlyList<SearchHit> Search(string query, bool includeExempt, int limit = 50)
    {
        if (string.IsNullOrWhiteSpace(query)) return [];
        var s = S;
        var hits = new List<SearchHit>();
        foreach (var h in _store.Search(new Q.SearchQuery { Text = query, Limit = limit + 20 }))
        {
            var (text, marks) = Unmark(h.Snippet);
            int line = h.Source.Line;
            int? page = h.Source.Page;
            if (h.Kind == "text")
            {
                // a passage of the pack: cite (and show) the line in it that matches, never exempt lines around it
                var words = marks.Select(m => text.Substring(m.Item1, m.Item2)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                var match = PassageLines(h.Source.PackId, line, page)
                    .Where(l => includeExempt || !IsExempt(h.Source.PackId, l.Number))
                    .Select(l => (Line: l, Hits: words.Count(w => MemoryRegister.IndexOfWord(l.Text, w, 0) >= 0)))
                    .Where(x => x.Hits > 0).OrderByDescending(x => x.Hits).ThenBy(x => x.Line.Number).FirstOrDefault();
                if (match.Line is null) continue;
                line = match.Line.Number;
                page = match.Line.Page;
                text = match.Line.Text;
                marks = [];
                foreach (var w in words)
                    for (int at = MemoryRegister.IndexOfWord(text, w, 0); at >= 0; at = MemoryRegister.IndexOfWord(text, w, at + w.Length))
                        marks.Add((at, w.Length));
                marks.Sort();
            }
            else if (!includeExempt && IsExempt(h.Source.PackId, line)) continue;
            var packId = Id(h.Source.PackId);
            var meeting = h.MeetingId is { } mid ? s.MeetingById.GetValueOrDefault(Id(mid)) : null;
            hits.Add(new SearchHit(packId, h.Source.File, line, page, text, meeting, marks, h.Score,
                s.PackById.GetValueOrDefault(packId)?.Added ?? DateTimeOffset.UnixEpoch) { Kind = h.Kind });
            if (hits.Count >= limit) break;
        }
        return hits;
    }

    /// <summary>
    /// The lines of the passage search found (from the search index: one short row, not the whole pack's text).
    /// A passage never crosses a page, so its lines share its page.
    /// </summary>
    private IEnumerable<Q.PackLine> PassageLines(long packId, int line, int? page)
    {
        var text = _store.Passage(packId, line);
        if (text is null) return _store.PackLines(packId, line, line + PreparedPack.PassageLines - 1);
        return text.Split('\n').Select((t, k) => new Q.PackLine(line + k, t, page, null)).Where(l => l.Text.Length > 0);
    }

    /// <summary>The store marks matches with « and »: plain text and the spans to mark.</summary>
    internal static (string Text, List<(int, int)> Marks) Unmark(string snippet)
    {
        var sb = new System.Text.StringBuilder(snippet.Length);
        var marks = new List<(int, int)>();
        int open = -1;
        foreach (var c in snippet)
        {
            if (c == '«') { open = sb.Length; continue; }
            if (c == '»' && open >= 0) { marks.Add((open, sb.Length - open)); open = -1; continue; }
            sb.Append(c);
        }
        return (sb.ToString(), marks);
    }

    public IReadOnlyList<Series> Indicators => SeriesOf("indicator");
    public IReadOnlyList<Series> BudgetLines => SeriesOf("budget");

    private IReadOnlyList<Series> SeriesOf(string kind)
    {
        var s = S;
        using var db = _store.Connect();
        var rows = db.Query(
            "SELECT s.key, s.name, s.period, s.value, s.unit, s.meeting_id, m.date, s.pack_id, s.line FROM series_points s LEFT JOIN meetings m ON m.id = s.meeting_id " +
            "WHERE s.kind = @p0 AND s.value IS NOT NULL ORDER BY s.key, m.date, s.period, s.id LIMIT 20000",
            r => (Key: r.S(0), Name: r.S(1), Period: r.Str(2), Value: r.D(3), Unit: r.Str(4), Meeting: r.LN(5), Date: r.Date(6), Pack: Id(r.L(7)), Line: r.IN(8)), kind);
        return rows.GroupBy(x => x.Key).Where(g => g.Any()).Select(g =>
        {
            var first = g.First();
            var points = g.Select(x => new SeriesPoint(x.Period ?? Html.Format.Date(x.Date), x.Date, x.Value,
                x.Meeting is { } mid ? s.MeetingById.GetValueOrDefault(Id(mid)) : null, x.Pack, x.Line)).ToList();
            return new Series(MemoryRegister.Slug(g.Key).Length > 0 ? MemoryRegister.Slug(g.Key) : g.Key, first.Name, first.Unit, null, points);
        }).ToList();
    }

    /// <summary>Stores an uploaded pack (text, lines and record, as ingest does) and reloads the lists.</summary>
    public IReadOnlyList<MeetingEntry> Add(SourcePack pack, PackRecord record)
    {
        var path = "upload/" + pack.File;
        new Ingestor(_store).Write([PreparedPack.From(path, pack, record)]);
        Reload();
        var s = S;
        var packId = s.Packs.FirstOrDefault(p => p.Sha256 == pack.Sha256)?.Id;
        return packId is null ? [] : s.Meetings.Where(m => m.Parts.Any(p => p.PackId == packId)).ToList();
    }
}
