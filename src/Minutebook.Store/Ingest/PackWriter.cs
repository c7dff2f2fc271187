using Minutebook.Model;
using Minutebook.Store.Engine;
using Minutebook.Store.Linking;
using Minutebook.Store.Search;

namespace Minutebook.Store.Ingest;

public enum PackOutcome
{
    Added,
    /// <summary>A different version of a file already stored (same path) was replaced.</summary>
    Replaced,
    /// <summary>The same content (same SHA-256) is already stored.</summary>
    Unchanged,
    Failed,
    /// <summary>Read, but not a board paper (see <see cref="BoardPaper"/>): not stored.</summary>
    Skipped,
}

/// <summary>
/// Writes packs through one connection. The caller opens a transaction per batch; each pack is written inside
/// its own savepoint, so a failure half-way through a pack undoes that pack alone and the batch goes on.
/// Meetings are found by body and date, so the minutes a later pack prints land on the meeting an earlier pack summoned.
/// </summary>
public sealed class PackWriter(Db db)
{
    private readonly Dictionary<string, long> _bodies = new(StringComparer.Ordinal);
    private readonly List<string> _bodiesAddedInPack = [];
    private readonly Dictionary<string, long> _scopes = new(StringComparer.Ordinal);
    private readonly List<string> _scopesAddedInPack = [];

    /// <summary>Bodies whose meetings changed since the last <see cref="TakeTouched"/>: their links are recomputed.</summary>
    private readonly HashSet<long> _touchedBodies = [];
    private readonly HashSet<string> _touchedScopes = new(StringComparer.Ordinal);
    private readonly HashSet<long> _touchedInPack = [];
    private readonly HashSet<string> _scopesInPack = new(StringComparer.Ordinal);

    /// <summary>Called at each step of writing a pack (tests inject failures here).</summary>
    internal Action<string>? StepHook { get; set; }

    private void Step(string name) => StepHook?.Invoke(name);

    public (HashSet<long> Bodies, HashSet<string> Scopes) TakeTouched()
    {
        var result = (new HashSet<long>(_touchedBodies), new HashSet<string>(_touchedScopes, StringComparer.Ordinal));
        _touchedBodies.Clear();
        _touchedScopes.Clear();
        return result;
    }

    /// <summary>Writes one pack atomically (inside the caller's transaction).</summary>
    public PackOutcome Write(PreparedPack pack, string ingestedAt)
    {
        if (!db.InTransaction) throw new InvalidOperationException("PackWriter.Write needs an open transaction");
        if (db.Long("SELECT id FROM packs WHERE sha256 = @p0", pack.Sha256) is not null) return PackOutcome.Unchanged;
        db.Savepoint("pack");
        try
        {
            var outcome = PackOutcome.Added;
            var previous = db.Query("SELECT id FROM packs WHERE path = @p0", r => r.L(0), pack.Path);
            foreach (var old in previous)
            {
                DeletePack(old);
                outcome = PackOutcome.Replaced;
            }
            Step("pack");
            long packId = db.Insert(
                "INSERT INTO packs (path, file, sha256, format, ingested_at, line_count, page_count, lines_text, page_map, record_json) " +
                "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9) RETURNING id",
                pack.Path, pack.File, pack.Sha256, pack.Format, ingestedAt, pack.LineCount, pack.PageCount, pack.LinesText, pack.PageMap, pack.RecordJson);
            WriteRecord(packId, pack);
            db.Release("pack");
            _bodiesAddedInPack.Clear();
            _scopesAddedInPack.Clear();
            _touchedBodies.UnionWith(_touchedInPack);
            _touchedScopes.UnionWith(_scopesInPack);
            _touchedInPack.Clear();
            _scopesInPack.Clear();
            return outcome;
        }
        catch
        {
            db.RollbackTo("pack");
            db.Release("pack");
            foreach (var key in _bodiesAddedInPack) _bodies.Remove(key);
            _bodiesAddedInPack.Clear();
            foreach (var key in _scopesAddedInPack) _scopes.Remove(key);
            _scopesAddedInPack.Clear();
            _touchedInPack.Clear();
            _scopesInPack.Clear();
            throw;
        }
    }

    /// <summary>Removes a pack and everything it contributed; meetings left with no pack go too.</summary>
    public void DeletePack(long packId)
    {
        foreach (var (meetingId, bodyId, scope) in db.Query(
                     "SELECT DISTINCT s.meeting_id, m.body_id, b.authority_key FROM meeting_sources s JOIN meetings m ON m.id = s.meeting_id LEFT JOIN bodies b ON b.id = m.body_id WHERE s.pack_id = @p0",
                     r => (r.L(0), r.LN(1), r.Str(2) ?? ""), packId))
        {
            if (bodyId is { } b) _touchedInPack.Add(b);
            _scopesInPack.Add(scope);
        }
        var meetings = db.Query("SELECT DISTINCT meeting_id FROM meeting_sources WHERE pack_id = @p0", r => r.L(0), packId);
        db.Execute("DELETE FROM search_docs WHERE pack_id = @p0", packId);
        db.Execute("DELETE FROM packs WHERE id = @p0", packId);
        foreach (var m in meetings)
            db.Execute("DELETE FROM meetings WHERE id = @p0 AND NOT EXISTS (SELECT 1 FROM meeting_sources s WHERE s.meeting_id = @p0)", m);
    }

    private void WriteRecord(long packId, PreparedPack pack)
    {
        var record = pack.Record;
        // minutes printed without their body or authority belong to the body of the pack that prints them
        var summoned = record.Meetings.FirstOrDefault(m => m.Role == MeetingRole.Agenda) ?? record.Meetings.FirstOrDefault();
        long? packMeeting = null;
        var meetingIds = new List<(Meeting Meeting, long Id, long? BodyId, string Scope)>();
        Step("meetings");
        for (int i = 0; i < record.Meetings.Count; i++)
        {
            var m = record.Meetings[i];
            var authority = m.Authority ?? summoned?.Authority;
            var body = m.Body ?? summoned?.Body;
            long? bodyId = body is null ? null : ResolveBody(authority, body);
            string scope = BodyNames.AuthorityKey(authority);
            string key = bodyId is not null && m.Date is { } date ? $"{bodyId}|{date:yyyy-MM-dd}" : $"pack:{pack.Sha256}:{i}";
            long meetingId = UpsertMeeting(key, bodyId, m);
            db.Execute("INSERT INTO meeting_sources (meeting_id, pack_id, role, position, line, page) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
                meetingId, packId, m.Role, i, m.Source?.Line, m.Source?.Page);
            if (bodyId is { } b) _touchedInPack.Add(b);
            _scopesInPack.Add(scope);
            meetingIds.Add((m, meetingId, bodyId, scope));
            if (ReferenceEquals(m, summoned)) packMeeting = meetingId;
        }

        foreach (var (m, meetingId, bodyId, scope) in meetingIds)
        {
            Step("agenda");
            var search = (Authority: scope, BodyId: bodyId, Date: m.Date);
            for (int i = 0; i < m.AgendaItems.Count; i++)
            {
                var a = m.AgendaItems[i];
                long id = db.Insert("INSERT INTO agenda_items (meeting_id, pack_id, position, number, title, description, page_from, page_to, line, page, pdf_page) " +
                                    "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10) RETURNING id",
                    meetingId, packId, i, a.Number, a.Title, a.Description, a.Pages?.From, a.Pages?.To, a.Source.Line, a.Source.Page, a.Source.PdfPage);
                SearchDoc(packId, meetingId, SearchKinds.AgendaItem, $"{a.Number} {a.Title}".Trim(), a.Description ?? "", a.Source, search);
            }
            Step("attendance");
            foreach (var a in m.Attendance)
                db.Execute("INSERT INTO attendance (meeting_id, pack_id, name, status, role, organisation, substitute_for, line, page, pdf_page) " +
                           "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)",
                    meetingId, packId, a.Name, a.Status, a.Role, a.Organisation, a.SubstituteFor, a.Source.Line, a.Source.Page, a.Source.PdfPage);
            foreach (var d in m.Declarations)
                db.Execute("INSERT INTO declarations (meeting_id, pack_id, name, item, interest, line, page, pdf_page) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)",
                    meetingId, packId, d.Name, d.Item, d.Interest, d.Source.Line, d.Source.Page, d.Source.PdfPage);
            Step("minutes");
            for (int i = 0; i < m.MinuteItems.Count; i++)
            {
                var mi = m.MinuteItems[i];
                long itemId = db.Insert("INSERT INTO minute_items (meeting_id, pack_id, position, number, title, line, page, pdf_page) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7) RETURNING id",
                    meetingId, packId, i, mi.Number, mi.Title, mi.Source.Line, mi.Source.Page, mi.Source.PdfPage);
                foreach (var r in mi.Resolutions)
                {
                    db.Execute("INSERT INTO resolutions (minute_item_id, meeting_id, pack_id, number, text, line, page, pdf_page) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)",
                        itemId, meetingId, packId, r.Number, r.Text, r.Source.Line, r.Source.Page, r.Source.PdfPage);
                    SearchDoc(packId, meetingId, SearchKinds.Resolution, $"{mi.Number} {mi.Title}".Trim(), r.Text, r.Source, search);
                }
            }
            Step("actions");
            foreach (var a in m.Actions)
            {
                var due = DueDates.Parse(a.Due, a.Text, m.Date, out _);
                db.Execute("INSERT INTO actions (meeting_id, pack_id, text, subject, owner, due_text, due_date, minute_item, line, page, pdf_page) " +
                           "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10)",
                    meetingId, packId, a.Text, ActionFollowUp.Subject(a.Text), a.Owner, a.Due, due, a.MinuteItem, a.Source.Line, a.Source.Page, a.Source.PdfPage);
            }
        }

        Step("reports");
        var packSearch = meetingIds.FirstOrDefault(x => x.Id == packMeeting);
        var packFilter = (Authority: packSearch.Scope, BodyId: packSearch.BodyId, Date: packSearch.Meeting?.Date);
        for (int i = 0; i < record.Reports.Count; i++)
        {
            var r = record.Reports[i];
            long reportId = db.Insert("INSERT INTO reports (pack_id, meeting_id, position, title, agenda_item, author, summary, line, page, pdf_page) " +
                                      "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9) RETURNING id",
                packId, packMeeting, i, r.DisplayTitle, r.AgendaItem, r.Author, r.Summary, r.Source.Line, r.Source.Page, r.Source.PdfPage);
            for (int k = 0; k < r.Recommendations.Count; k++)
                db.Execute("INSERT INTO recommendations (report_id, pack_id, position, text) VALUES (@p0, @p1, @p2, @p3)", reportId, packId, k, r.Recommendations[k]);
            var body = string.Join("\n", new[] { r.Summary }.Concat(r.Recommendations).Where(s => !string.IsNullOrWhiteSpace(s)));
            SearchDoc(packId, packMeeting, SearchKinds.Report, r.DisplayTitle, body, r.Source, packFilter);
        }

        Step("findings");
        foreach (var f in record.Findings)
            db.Execute("INSERT INTO findings (pack_id, kind, severity, message, line, page, pdf_page) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)",
                packId, f.Kind, f.Severity, f.Message, f.Source?.Line, f.Source?.Page, f.Source?.PdfPage);

        Step("series");
        foreach (var p in pack.Series)
            db.Execute("INSERT INTO series_points (pack_id, meeting_id, kind, key, name, period, value, unit, text, line, page, pdf_page) " +
                       "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)",
                packId, packMeeting, p.Kind, SeriesPoints.Key(p.Name), p.Name, p.Period, p.Value, p.Unit, p.Text, p.Source?.Line, p.Source?.Page, p.Source?.PdfPage);

        Step("text");
        foreach (var passage in pack.Passages)
            SearchDoc(packId, packMeeting, SearchKinds.Text, "", passage.Text, new SourceRef(passage.Line, passage.Page) { PdfPage = passage.PdfPage }, packFilter);
        Step("done");
    }

    private void SearchDoc(long packId, long? meetingId, string kind, string title, string body, SourceRef source, (string Authority, long? BodyId, DateOnly? Date) at)
    {
        long? scope = string.IsNullOrEmpty(at.Authority) ? null : ScopeId(at.Authority);
        db.Execute("INSERT INTO search_docs (pack_id, meeting_id, kind, title, body, line, page, pdf_page, authority_key, body_id, date, tags) " +
                   "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)",
            packId, meetingId, kind, title, body, source.Line, source.Page, source.PdfPage, at.Authority, at.BodyId, at.Date,
            SearchTags.Of(kind, scope, at.BodyId, at.Date));
    }

    /// <summary>The number of an authority key in <c>search_scopes</c> (its search tag), added when new.</summary>
    private long ScopeId(string authorityKey)
    {
        if (_scopes.TryGetValue(authorityKey, out var id)) return id;
        var found = db.Long("SELECT id FROM search_scopes WHERE authority_key = @p0", authorityKey);
        if (found is null)
        {
            // another writer may add the same authority at the same time: keep theirs
            if (db.Execute("INSERT INTO search_scopes (authority_key) VALUES (@p0) ON CONFLICT DO NOTHING", authorityKey) > 0) _scopesAddedInPack.Add(authorityKey);
            found = db.Long("SELECT id FROM search_scopes WHERE authority_key = @p0", authorityKey)!.Value;
        }
        _scopes[authorityKey] = found.Value;
        return found.Value;
    }

    private long UpsertMeeting(string key, long? bodyId, Meeting m)
    {
        var existing = db.Long("SELECT id FROM meetings WHERE key = @p0", key);
        if (existing is null)
            return db.Insert("INSERT INTO meetings (key, body_id, date, start_time, end_time, venue, webcast) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6) RETURNING id",
                key, bodyId, m.Date, m.Start, m.End, m.Venue, m.Webcast);
        // the front sheet that summons a meeting says best when and where it is; minutes fill what it left out
        var sql = m.Role == MeetingRole.Agenda
            ? "UPDATE meetings SET start_time = coalesce(@p1, start_time), end_time = coalesce(@p2, end_time), venue = coalesce(@p3, venue), webcast = coalesce(@p4, webcast) WHERE id = @p0"
            : "UPDATE meetings SET start_time = coalesce(start_time, @p1), end_time = coalesce(@p2, end_time), venue = coalesce(venue, @p3), webcast = coalesce(webcast, @p4) WHERE id = @p0";
        db.Execute(sql, existing.Value, m.Start, m.End, m.Venue, m.Webcast);
        return existing.Value;
    }

    /// <summary>
    /// The body for an authority and a name: by key; failing that, when the pack names no authority, the one body
    /// of that name if only one authority has it.
    /// </summary>
    private long ResolveBody(string? authority, string name)
    {
        var authorityKey = BodyNames.AuthorityKey(authority);
        var nameKey = BodyNames.NameKey(name, authority);
        if (nameKey.Length == 0) nameKey = BodyNames.Words(name);
        var key = BodyNames.Key(authorityKey, nameKey);
        if (!_bodies.TryGetValue(key, out var id))
        {
            long? found = db.Long("SELECT id FROM bodies WHERE key = @p0", key);
            if (found is null && authorityKey.Length == 0)
            {
                var same = db.Query("SELECT id FROM bodies WHERE name_key = @p0", r => r.L(0), nameKey);
                if (same.Count == 1) found = same[0];
            }
            if (found is null)
            {
                found = db.Insert("INSERT INTO bodies (key, authority_key, name_key, authority, name) VALUES (@p0, @p1, @p2, @p3, @p4) RETURNING id",
                    key, authorityKey, nameKey, authority, name.Trim());
                _bodiesAddedInPack.Add(key);
            }
            else if (authority is not null)
                db.Execute("UPDATE bodies SET authority = coalesce(authority, @p1) WHERE id = @p0", found.Value, authority);
            id = found.Value;
            _bodies[key] = id;
        }
        db.Execute("INSERT INTO body_names (body_id, name, authority) VALUES (@p0, @p1, @p2) ON CONFLICT DO NOTHING", id, name.Trim(), authority?.Trim() ?? "");
        return id;
    }
}

public static class SearchKinds
{
    public const string AgendaItem = "agendaItem";
    public const string Resolution = "resolution";
    public const string Report = "report";
    public const string Text = "text";
    public static readonly string[] All = [AgendaItem, Resolution, Report, Text];
}
