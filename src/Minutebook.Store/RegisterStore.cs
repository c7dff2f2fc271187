using System.Collections.Concurrent;
using System.Text.Json;
using Minutebook.Store.Engine;
using Minutebook.Store.Ingest;
using Minutebook.Store.Linking;
using Minutebook.Store.Queries;
using Minutebook.Store.Search;

namespace Minutebook.Store;

/// <summary>
/// The register: every pack a body has published, in one store (SQLite file or PostgreSQL), linked across meetings.
/// <para>Open with <see cref="Open"/> (migrates the schema); write with <see cref="Ingest"/> or an <see cref="Ingestor"/>;
/// read with the query methods below. Each query opens its own connection, so one RegisterStore serves many threads
/// (a web server's requests) at once.</para>
/// </summary>
public sealed class RegisterStore
{
    private RegisterStore(StoreEngine engine) => Engine = engine;

    public StoreEngine Engine { get; }

    /// <summary>Opens (creating if need be) the store named by <paramref name="db"/>: a SQLite file path (default
    /// <c>minutebook.db</c>), a <c>postgres://user:pass@host/db</c> URL or a <c>Host=…</c> connection string.</summary>
    public static RegisterStore Open(string? db = null) => Open(StoreEngine.Parse(db));

    public static RegisterStore Open(StoreEngine engine)
    {
        var store = new RegisterStore(engine);
        using var connection = store.Connect();
        Migrations.Apply(connection);
        return store;
    }

    /// <summary>A connection of its own (not thread-safe; dispose it).</summary>
    public Db Connect() => new(Engine);

    private readonly ConcurrentBag<Db> _readers = [];

    /// <summary>
    /// A connection for one read (the pages' queries), taken from a small pool of open connections that keep their
    /// prepared commands, so a page does not open a connection and compile its SQL again on every request.
    /// Each statement still reads the store as it is now (autocommit; WAL readers never block the writer).
    /// </summary>
    private Reader Read()
    {
        if (_readers.TryTake(out var db))
        {
            Interlocked.Decrement(ref _idleReaders);
            return new(this, db);
        }
        return new(this, Connect());
    }

    private int _idleReaders; // _readers.Count would lock the whole bag

    private readonly struct Reader(RegisterStore store, Db db) : IDisposable
    {
        public Db Db => db;

        public void Dispose()
        {
            if (db.InTransaction || Interlocked.Increment(ref store._idleReaders) > MaxIdleReaders)
            {
                if (!db.InTransaction) Interlocked.Decrement(ref store._idleReaders);
                db.Dispose();
            }
            else store._readers.Add(db);
        }
    }

    private const int MaxIdleReaders = 16;

    public int SchemaVersion()
    {
        using var db = Connect();
        return Migrations.CurrentVersion(db);
    }

    public IngestSummary Ingest(IEnumerable<string> paths, IIngestObserver? observer = null, IngestOptions? options = null) =>
        new Ingestor(this, options).Ingest(paths, observer);

    /// <summary>Recomputes every cross-meeting link (people, action follow-up) over the whole store.</summary>
    public void Relink()
    {
        using var db = Connect();
        new Relinker(db).RunAll();
    }

    // ---------------------------------------------------------------- counts and packs

    public sealed record Counts(int Packs, int Meetings, int Bodies, int People, int AgendaItems, int Resolutions, int Actions, int Reports);

    public Counts Count()
    {
        using var db = Connect();
        int N(string table) => (int)(db.Long($"SELECT count(*) FROM {table}") ?? 0);
        return new Counts(N("packs"), N("meetings"), N("bodies"), N("people"), N("agenda_items"), N("resolutions"), N("actions"), N("reports"));
    }

    public IReadOnlyList<PackSummary> Packs()
    {
        using var db = Connect();
        return db.Query("SELECT id, file, path, sha256, format, ingested_at, line_count, page_count FROM packs ORDER BY file, id", PackOf);
    }

    public PackSummary? Pack(long id)
    {
        using var reader = Read();
        return reader.Db.Query("SELECT id, file, path, sha256, format, ingested_at, line_count, page_count FROM packs WHERE id = @p0", PackOf, id).FirstOrDefault();
    }

    private static PackSummary PackOf(Row r) => new(r.L(0), r.S(1), r.S(2), r.S(3), r.S(4), r.S(5), (int)r.L(6), r.IN(7));

    /// <summary>The pack's full JSON record (the public contract), as extracted.</summary>
    public string? PackJson(long packId)
    {
        using var db = Connect();
        return db.Scalar("SELECT record_json FROM packs WHERE id = @p0", packId) as string;
    }

    /// <summary>The pack's lines with their pages, for a source view; <paramref name="from"/> and <paramref name="to"/> are 1-based line numbers.</summary>
    public IReadOnlyList<PackLine> PackLines(long packId, int from = 1, int to = int.MaxValue)
    {
        using var db = Connect();
        var row = db.Query("SELECT lines_text, page_map FROM packs WHERE id = @p0", r => (r.S(0), r.S(1)), packId).FirstOrDefault();
        if (row.Item1 is null) return [];
        var runs = JsonSerializer.Deserialize<int?[][]>(row.Item2) ?? [];
        var lines = row.Item1.Split('\n');
        var result = new List<PackLine>();
        int run = -1;
        for (int n = Math.Max(1, from); n <= Math.Min(lines.Length, to); n++)
        {
            while (run + 1 < runs.Length && runs[run + 1][0] <= n) run++;
            int? page = run >= 0 ? runs[run][1] : null, pdf = run >= 0 ? runs[run][2] : null;
            result.Add(new PackLine(n, lines[n - 1], page, pdf));
        }
        return result;
    }

    /// <summary>
    /// The text of the passage of a pack that search indexes from <paramref name="line"/> (its lines joined by
    /// newlines: line k of it is line <paramref name="line"/> + k of the pack), without reading the whole pack.
    /// </summary>
    public string? Passage(long packId, int line)
    {
        using var reader = Read();
        return reader.Db.Scalar("SELECT body FROM search_docs WHERE pack_id = @p0 AND line = @p1 AND kind = 'text'", packId, (long)line) as string;
    }

    public IReadOnlyList<FindingRow> Findings(long packId)
    {
        using var reader = Read();
        var db = reader.Db;
        var file = db.Scalar("SELECT file FROM packs WHERE id = @p0", packId) as string ?? "";
        return db.Query("SELECT kind, severity, message, line, page, pdf_page FROM findings WHERE pack_id = @p0 ORDER BY id",
            r => new FindingRow(r.S(0), r.S(1), r.S(2), r.IN(3) is { } line ? new Citation(packId, file, line, r.IN(4), r.IN(5)) : null), packId);
    }

    // ---------------------------------------------------------------- bodies and meetings

    public IReadOnlyList<BodySummary> Bodies()
    {
        using var db = Connect();
        var names = db.Query("SELECT body_id, name FROM body_names ORDER BY name", r => (r.L(0), r.S(1)))
            .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Item2).Distinct().ToList());
        return db.Query("SELECT b.id, b.name, b.authority, (SELECT count(*) FROM meetings m WHERE m.body_id = b.id) FROM bodies b ORDER BY b.authority, b.name",
            r => new BodySummary(r.L(0), r.S(1), r.Str(2), (int)r.L(3), names.GetValueOrDefault(r.L(0)) ?? []));
    }

    /// <summary>The bodies whose name (any name they are printed under) contains the text, or whose key equals its key.</summary>
    public IReadOnlyList<long> FindBodies(string name)
    {
        using var db = Connect();
        return FindBodies(db, name);
    }

    private static List<long> FindBodies(Db db, string name)
    {
        var words = BodyNames.Words(name);
        return db.Query("SELECT DISTINCT b.id FROM bodies b LEFT JOIN body_names n ON n.body_id = b.id " +
                        "WHERE b.name_key LIKE @p0 OR lower(n.name) LIKE @p1 OR lower(b.name) LIKE @p1",
            r => r.L(0), "%" + words + "%", "%" + name.Trim().ToLowerInvariant() + "%");
    }

    private const string MeetingColumns =
        "m.id, m.body_id, b.name, b.authority, m.date, m.start_time, m.end_time, m.venue, m.webcast, " +
        "(SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id), (SELECT count(*) FROM minute_items i WHERE i.meeting_id = m.id), " +
        "(SELECT count(*) FROM actions x WHERE x.meeting_id = m.id)";

    public IReadOnlyList<MeetingSummary> Meetings(MeetingQuery? query = null)
    {
        query ??= new MeetingQuery();
        using var db = Connect();
        var args = new List<object?>();
        string Arg(object? v) { args.Add(v); return "@p" + (args.Count - 1); }
        if (MeetingWhere(db, query, Arg) is not { } where) return [];
        // the page's meetings first (ids only), then their columns: the counts in MeetingColumns are then computed
        // for the rows shown, not for every row an OFFSET skips
        const string order = " ORDER BY m.date DESC, b.name, m.id";
        var sql = $"SELECT {MeetingColumns} FROM (SELECT m.id FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id{where}{order}" +
                  $" LIMIT {Arg((long)query.Limit)}{(query.Offset > 0 ? $" OFFSET {Arg((long)query.Offset)}" : "")}) p" +
                  $" JOIN meetings m ON m.id = p.id LEFT JOIN bodies b ON b.id = m.body_id{order}";
        var meetings = db.Query(sql, r => (Row: MeetingOf(r, []), Webcast: r.Str(8)), args.ToArray());
        return WithPacks(db, meetings.Select(m => m.Row).ToList());
    }

    /// <summary>How many meetings the query's filters match in all (its <see cref="MeetingQuery.Limit"/> and offset aside): the size of a paged list.</summary>
    public int CountMeetings(MeetingQuery? query = null)
    {
        query ??= new MeetingQuery();
        using var db = Connect();
        var args = new List<object?>();
        string Arg(object? v) { args.Add(v); return "@p" + (args.Count - 1); }
        if (MeetingWhere(db, query, Arg) is not { } where) return 0;
        return (int)(db.Long($"SELECT count(*) FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id{where}", args.ToArray()) ?? 0);
    }

    /// <summary>The WHERE clause of a meeting query (empty when it has no filter), or null when its body matches no body at all.</summary>
    private static string? MeetingWhere(Db db, MeetingQuery query, Func<object?, string> arg)
    {
        var where = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.Body))
        {
            var ids = FindBodies(db, query.Body);
            if (ids.Count == 0) return null;
            where.Add($"m.body_id IN ({string.Join(',', ids)})");
        }
        if (!string.IsNullOrWhiteSpace(query.Authority)) where.Add($"b.authority_key LIKE {arg("%" + BodyNames.AuthorityKey(query.Authority) + "%")}");
        if (query.From is { } from) where.Add($"m.date >= {arg(from)}");
        if (query.To is { } to) where.Add($"m.date <= {arg(to)}");
        return where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "";
    }

    public MeetingDetail? Meeting(long id)
    {
        using var reader = Read();
        var db = reader.Db;
        var found = db.Query($"SELECT {MeetingColumns} FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id WHERE m.id = @p0",
            r => (Row: MeetingOf(r, []), Webcast: r.Str(8)), id);
        if (found.Count == 0) return null;
        var meeting = WithPacks(db, [found[0].Row])[0];
        var files = meeting.Packs.ToDictionary(p => p.PackId, p => p.File);
        Citation Cite(Row r, int pack, int line) => new(r.L(pack), files.GetValueOrDefault(r.L(pack)) ?? "", (int)r.L(line), r.IN(line + 1), r.IN(line + 2));

        var agenda = db.Query("SELECT id, number, title, description, page_from, page_to, pack_id, line, page, pdf_page FROM agenda_items WHERE meeting_id = @p0 ORDER BY pack_id, position",
            r => new AgendaItemRow(r.L(0), r.S(1), r.S(2), r.Str(3), r.IN(4), r.IN(5), Cite(r, 6, 7)), id);
        var attendance = db.Query("SELECT person_id, name, status, role, organisation, substitute_for, pack_id, line, page, pdf_page FROM attendance WHERE meeting_id = @p0 ORDER BY pack_id, id",
            r => new AttendanceRow(r.LN(0), r.S(1), r.S(2), r.Str(3), r.Str(4), r.Str(5), Cite(r, 6, 7)), id);
        var declarations = db.Query("SELECT person_id, name, item, interest, pack_id, line, page, pdf_page FROM declarations WHERE meeting_id = @p0 ORDER BY pack_id, id",
            r => new DeclarationRow(r.LN(0), r.Str(1), r.Str(2), r.Str(3), Cite(r, 4, 5)), id);
        var resolutions = db.Query("SELECT minute_item_id, number, text, pack_id, line, page, pdf_page FROM resolutions WHERE meeting_id = @p0 ORDER BY id",
                r => (Item: r.L(0), Row: new ResolutionRow(r.Str(1), r.S(2), Cite(r, 3, 4))), id)
            .GroupBy(x => x.Item).ToDictionary(g => g.Key, g => g.Select(x => x.Row).ToList());
        var minutes = db.Query("SELECT id, number, title, pack_id, line, page, pdf_page FROM minute_items WHERE meeting_id = @p0 ORDER BY pack_id, position",
            r => new MinuteItemRow(r.L(0), r.S(1), r.S(2), resolutions.GetValueOrDefault(r.L(0)) ?? [], Cite(r, 3, 4)), id);
        var actions = Actions(db, new ActionQuery { MeetingId = id });
        var recs = db.Query("SELECT c.report_id, c.text FROM recommendations c JOIN reports r ON r.id = c.report_id WHERE r.meeting_id = @p0 ORDER BY c.report_id, c.position",
                r => (r.L(0), r.S(1)), id)
            .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.Select(x => x.Item2).ToList());
        var reports = db.Query("SELECT id, title, agenda_item, author, summary, pack_id, line, page, pdf_page FROM reports WHERE meeting_id = @p0 ORDER BY pack_id, position",
            r => new ReportRow(r.L(0), r.S(1), r.Str(2), r.Str(3), r.Str(4), recs.GetValueOrDefault(r.L(0)) ?? [], Cite(r, 5, 6)), id);
        return new MeetingDetail(meeting, found[0].Webcast, agenda, attendance, declarations, minutes, actions, reports);
    }

    private static MeetingSummary MeetingOf(Row r, IReadOnlyList<MeetingPack> packs) =>
        new(r.L(0), r.LN(1), r.Str(2), r.Str(3), r.Date(4), r.Time(5), r.Time(6), r.Str(7), false, false, (int)r.L(9), (int)r.L(10), (int)r.L(11), packs);

    private static List<MeetingSummary> WithPacks(Db db, List<MeetingSummary> meetings)
    {
        if (meetings.Count == 0) return meetings;
        var packs = new Dictionary<long, List<MeetingPack>>();
        foreach (var chunk in meetings.Select(m => m.Id).Chunk(500))
            foreach (var (meetingId, pack) in chunk.Length == 1 // one meeting (a page): the same SQL each time, prepared once
                         ? db.Query("SELECT DISTINCT s.meeting_id, s.pack_id, p.file, s.role FROM meeting_sources s JOIN packs p ON p.id = s.pack_id WHERE s.meeting_id = @p0 ORDER BY s.pack_id",
                             r => (r.L(0), new MeetingPack(r.L(1), r.S(2), r.S(3))), chunk[0])
                         : db.Query(
                         $"SELECT DISTINCT s.meeting_id, s.pack_id, p.file, s.role FROM meeting_sources s JOIN packs p ON p.id = s.pack_id WHERE s.meeting_id IN ({string.Join(',', chunk)}) ORDER BY s.pack_id",
                         r => (r.L(0), new MeetingPack(r.L(1), r.S(2), r.S(3)))))
            {
                if (!packs.TryGetValue(meetingId, out var list)) packs[meetingId] = list = [];
                list.Add(pack);
            }
        return meetings.Select(m =>
        {
            var list = packs.GetValueOrDefault(m.Id) ?? [];
            return m with
            {
                Packs = list,
                HasAgenda = list.Any(p => p.Role == Model.MeetingRole.Agenda),
                HasMinutes = list.Any(p => p.Role == Model.MeetingRole.Minutes) || m.MinuteItems > 0,
            };
        }).ToList();
    }

    // ---------------------------------------------------------------- actions

    public IReadOnlyList<ActionRow> Actions(ActionQuery? query = null)
    {
        using var reader = Read();
        return Actions(reader.Db, query ?? new ActionQuery());
    }

    private static IReadOnlyList<ActionRow> Actions(Db db, ActionQuery query)
    {
        var asOf = query.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var where = new List<string>();
        var args = new List<object?>();
        string Arg(object? v) { args.Add(v); return "@p" + (args.Count - 1); }
        if (!string.IsNullOrWhiteSpace(query.Body))
        {
            var ids = FindBodies(db, query.Body);
            if (ids.Count == 0) return [];
            where.Add($"m.body_id IN ({string.Join(',', ids)})");
        }
        if (!string.IsNullOrWhiteSpace(query.Authority)) where.Add($"b.authority_key LIKE {Arg("%" + BodyNames.AuthorityKey(query.Authority) + "%")}");
        if (query.MeetingId is { } meetingId) where.Add($"x.meeting_id = {Arg(meetingId)}");
        switch (query.Status)
        {
            case ActionFilter.Open: where.Add("x.closed_kind IS NULL"); break;
            case ActionFilter.Closed: where.Add("x.closed_kind IS NOT NULL"); break;
            case ActionFilter.Overdue: where.Add($"x.closed_kind IS NULL AND x.due_date < {Arg(asOf)}"); break;
        }
        var sql = "SELECT x.id, x.meeting_id, m.date, m.body_id, b.name, b.authority, x.text, x.subject, x.owner, x.due_text, x.due_date, " +
                  "x.closed_kind, x.closed_ref, x.closed_meeting_id, x.closed_date, x.closed_title, x.pack_id, p.file, x.line, x.page, x.pdf_page " +
                  "FROM actions x JOIN meetings m ON m.id = x.meeting_id LEFT JOIN bodies b ON b.id = m.body_id JOIN packs p ON p.id = x.pack_id" +
                  (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : "") +
                  $" ORDER BY m.date, x.id LIMIT {Arg((long)query.Limit)}";
        return db.Query(sql, r =>
        {
            var due = r.Date(10);
            ActionClosure? closure = r.Str(11) is { } kind ? new ActionClosure(kind, r.L(12), r.L(13), r.Date(14), r.S(15)) : null;
            var status = closure is not null ? ActionStatus.Closed : due is { } d && d < asOf ? ActionStatus.Overdue : ActionStatus.Open;
            return new ActionRow(r.L(0), r.L(1), r.Date(2), r.LN(3), r.Str(4), r.Str(5), r.S(6), r.Str(7), r.Str(8), r.Str(9), due, status, closure,
                new Citation(r.L(16), r.S(17), (int)r.L(18), r.IN(19), r.IN(20)));
        }, args.ToArray());
    }

    // ---------------------------------------------------------------- people

    /// <summary>
    /// The people whose name fits <paramref name="name"/>: the same surname, and no contradicting first name or
    /// initial ("J. Slater" finds Jane Slater and any other J. Slater; "Slater" finds every Slater).
    /// </summary>
    public IReadOnlyList<PersonRecord> People(string name)
    {
        var wanted = PersonNames.Parse(name);
        if (wanted is null) return [];
        using var db = Connect();
        var people = db.Query("SELECT p.id, p.name, p.scope, (SELECT max(b.authority) FROM bodies b WHERE b.authority_key = p.scope) FROM people p WHERE p.surname = @p0 ORDER BY p.name, p.id",
            r => (Id: r.L(0), Name: r.S(1), Scope: r.S(2), Authority: r.Str(3)), wanted.Surname);
        var result = new List<PersonRecord>();
        foreach (var p in people)
        {
            var rows = db.Query(
                "SELECT a.meeting_id, m.date, b.name, a.status, a.name, a.role, a.pack_id, k.file, a.line, a.page, a.pdf_page " +
                "FROM attendance a JOIN meetings m ON m.id = a.meeting_id LEFT JOIN bodies b ON b.id = m.body_id JOIN packs k ON k.id = a.pack_id " +
                "WHERE a.person_id = @p0 ORDER BY m.date, a.meeting_id, a.id",
                r => new PersonMeeting(r.L(0), r.Date(1), r.Str(2), r.S(3), r.S(4), r.Str(5), new Citation(r.L(6), r.S(7), (int)r.L(8), r.IN(9), r.IN(10))), p.Id);
            var printed = rows.Select(x => x.NamePrinted).Distinct().ToList();
            if (!Fits(wanted, p.Name, printed)) continue;
            // one line per meeting: the minutes' record of who came outranks the agenda's list of members
            var perMeeting = rows.GroupBy(x => x.MeetingId).Select(g => g.OrderBy(x => StatusRank(x.Status)).First()).ToList();
            result.Add(new PersonRecord(p.Id, p.Name, p.Authority, printed,
                perMeeting.Count(x => x.Status == Model.AttendanceStatus.Present),
                perMeeting.Count(x => x.Status == Model.AttendanceStatus.Apologies),
                perMeeting.Count(x => x.Status == Model.AttendanceStatus.Absent),
                perMeeting.Count(x => x.Status == Model.AttendanceStatus.InAttendance),
                rows));
        }
        return result;
    }

    private static int StatusRank(string status) => status switch
    {
        Model.AttendanceStatus.Present => 0,
        Model.AttendanceStatus.Apologies => 1,
        Model.AttendanceStatus.InAttendance => 2,
        _ => 3,
    };

    private static bool Fits(PersonName wanted, string display, IEnumerable<string> printed)
    {
        if (wanted.SurnameOnly) return true;
        foreach (var n in printed.Append(display))
        {
            var p = PersonNames.Parse(n);
            if (p is null || p.SurnameOnly) continue;
            if (wanted.FirstName is { } f && p.FirstName is { } g) { if (f == g) return true; continue; }
            if (wanted.FirstInitial == p.FirstInitial) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- series

    /// <summary>The values of every indicator or budget line whose name contains the text, in meeting order.</summary>
    public IReadOnlyList<SeriesRow> Series(string indicator)
    {
        using var db = Connect();
        var key = SeriesPoints.Key(indicator);
        return db.Query(
            "SELECT s.kind, s.name, s.period, s.value, s.unit, s.text, s.meeting_id, m.date, b.name, s.pack_id, p.file, s.line, s.page, s.pdf_page " +
            "FROM series_points s JOIN packs p ON p.id = s.pack_id LEFT JOIN meetings m ON m.id = s.meeting_id LEFT JOIN bodies b ON b.id = m.body_id " +
            "WHERE s.key LIKE @p0 ORDER BY s.key, m.date, s.period, s.id",
            r => new SeriesRow(r.S(0), r.S(1), r.Str(2), r.DN(3), r.Str(4), r.Str(5), r.LN(6), r.Date(7), r.Str(8),
                r.IN(11) is { } line ? new Citation(r.L(9), r.S(10), line, r.IN(12), r.IN(13)) : null),
            "%" + key + "%");
    }

    // ---------------------------------------------------------------- search

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        using var db = Connect();
        var bodies = new Dictionary<long, (string?, string?)>();
        return FullText.Run(db, query,
            id =>
            {
                if (id is null) return (null, null);
                if (!bodies.TryGetValue(id.Value, out var b))
                    bodies[id.Value] = b = db.Query("SELECT name, authority FROM bodies WHERE id = @p0", r => (r.Str(0), r.Str(1)), id.Value).FirstOrDefault();
                return b;
            },
            name => FindBodies(db, name));
    }

    public IReadOnlyList<SearchHit> Search(string text, int limit = 20) => Search(new SearchQuery { Text = text, Limit = limit });
}
