namespace Minutebook.Store.Engine;

/// <summary>One numbered step of the schema. Steps run in order, each in its own transaction, once per store.</summary>
public sealed record Migration(int Version, string Name, Func<StoreEngine, string> Sql);

/// <summary>
/// The schema, as numbered steps recorded in <c>schema_version</c>. Never edit a step that has shipped: add the next one.
/// The DDL is shared by both engines; <c>{ID}</c> is the engine's auto-numbered key, and full-text search differs.
/// </summary>
public static class Migrations
{
    public static readonly IReadOnlyList<Migration> Steps =
    [
        new(1, "record tables", _ => Core),
        new(2, "full-text search", e => e.Kind == StoreKind.Sqlite ? SqliteSearch : PostgresSearch),
        new(3, "indicator and budget series", _ => Series),
        new(4, "indexes for linking people and bodies", _ => LinkIndexes),
        new(5, "search filters in the full-text index", e => SearchTags + (e.Kind == StoreKind.Sqlite ? SqliteSearchWithTags : "")),
    ];

    public static int Latest => Steps[^1].Version;

    /// <summary>Brings the store up to <see cref="Latest"/>; returns the steps applied.</summary>
    public static IReadOnlyList<Migration> Apply(Db db)
    {
        db.Script("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var applied = new List<Migration>();
        foreach (var step in Steps)
        {
            db.Begin();
            try
            {
                // several processes may open a new PostgreSQL store at once: one migrates, the others wait
                if (db.IsPostgres) db.Scalar("SELECT pg_advisory_xact_lock(7714001)");
                if (db.Long("SELECT count(*) FROM schema_version WHERE version = @p0", step.Version) > 0)
                {
                    db.Commit();
                    continue;
                }
                db.Script(step.Sql(db.Engine).Replace("{ID}", db.Engine.IdColumn));
                db.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (@p0, @p1, @p2)",
                    step.Version, step.Name, DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"));
                db.Commit();
                applied.Add(step);
            }
            catch
            {
                db.Rollback();
                throw;
            }
        }
        return applied;
    }

    public static int CurrentVersion(Db db) =>
        (int)(db.Long("SELECT max(version) FROM schema_version") ?? 0);

    private const string Core = """
        CREATE TABLE packs (
            {ID},
            path TEXT NOT NULL,
            file TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            format TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            line_count BIGINT NOT NULL,
            page_count BIGINT,
            lines_text TEXT NOT NULL,
            page_map TEXT NOT NULL,
            record_json TEXT NOT NULL
        );
        CREATE INDEX packs_path ON packs (path);

        CREATE TABLE bodies (
            {ID},
            key TEXT NOT NULL UNIQUE,
            authority_key TEXT NOT NULL,
            name_key TEXT NOT NULL,
            authority TEXT,
            name TEXT NOT NULL
        );
        CREATE INDEX bodies_name_key ON bodies (name_key);

        CREATE TABLE body_names (
            body_id BIGINT NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            authority TEXT NOT NULL,
            UNIQUE (body_id, name, authority)
        );

        CREATE TABLE meetings (
            {ID},
            key TEXT NOT NULL UNIQUE,
            body_id BIGINT REFERENCES bodies (id),
            date TEXT,
            start_time TEXT,
            end_time TEXT,
            venue TEXT,
            webcast TEXT
        );
        CREATE INDEX meetings_body_date ON meetings (body_id, date);
        CREATE INDEX meetings_date ON meetings (date);

        CREATE TABLE meeting_sources (
            meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            pack_id BIGINT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            position BIGINT NOT NULL,
            line BIGINT,
            page BIGINT,
            UNIQUE (meeting_id, pack_id, position)
        );
        CREATE INDEX meeting_sources_pack ON meeting_sources (pack_id);

        CREATE TABLE agenda_items (
            {ID},
            meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            pack_id BIGINT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
            position BIGINT NOT NULL,
            number TEXT NOT NULL,
            title TEXT NOT NULL,
            description TEXT,
            page_from BIGINT,
            page_to BIGINT,
            line BIGINT NOT NULL,
            page BIGINT,
            pdf_page BIGINT
        );
        CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id);
        CREATE INDEX agenda_items_pack ON agenda_items (pack_id);

        CREATE TABLE attendance (
            {ID},
            meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            pack_id BIGINT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
            person_id BIGINT,
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            role TEXT,
            organisation TEXT,
            substitute_for TEXT,
            line BIGINT NOT NULL,
            page BIGINT,
            pdf_page BIGINT
        );
        CREATE INDEX attendance_meeting ON attendance (meeting_id);
        CREATE INDEX attendance_pack ON attendance (pack_id);
        CREATE INDEX attendance_person ON attendance (person_id);

        CREATE TABLE declarations (
            {ID},
            meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            pack_id BIGINT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
            person_id BIGINT,
            name TEXT,
            item TEXT,
            interest TEXT,
            line BIGINT NOT NULL,
            page BIGINT,
            pdf_page BIGINT
        );
        CREATE INDEX declarations_meeting ON declarations (meeting_id);
        CREATE INDEX declarations_pack ON declarations (pack_id);

        CREATE TABLE minute_items (
            {ID},
            meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            pack_id BIGINT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
            position BIGINT NOT NULL,
            number TEXT NOT NULL,
            title TEXT NOT NULL,
            line BIGINT NOT NULL,
            page BIGINT,
            pdf_page BIGINT
        );
        CREATE INDEX minute_items_meeting ON minute_items (meeting_id);
        CREATE INDEX minute_items_pack ON minute_items (pack_id);

        CREATE TABLE resolutions (
            {ID},
            minute_item_id BIGINT NOT NULL REFERENCES minute_items (id) ON DELETE CASCADE,
            meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            pack_id BIGINT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
            number TEXT,
            text TEXT NOT NULL,
            line BIGINT NOT NULL,
            page BIGINT,
            pdf_page BIGINT
        );
        CREATE INDEX resolutions_item ON resolutions (minute_item_id);
        CREATE INDEX resolutions_meeting ON resolutions (meeting_id);
        CREATE INDEX resolutions_pack ON resolutions (pack_id);

        CREATE TABLE actions (
            {ID},
            meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            pack_id BIGINT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            subject TEXT,
            owner TEXT,
            due_text TEXT,
            due_date TEXT,
            minute_item TEXT,
            line BIGINT NOT NULL,
            page BIGINT,
            pdf_page BIGINT,
            closed_kind TEXT,
            closed_ref BIGINT,
            closed_meeting_id BIGINT,
            closed_title TEXT,
            closed_date TEXT
        );
        CREATE INDEX actions_meeting ON actions (meeting_id);
        CREATE INDEX actions_pack ON actions (pack_id);

        CREATE TABLE reports (
            {ID},
            pack_id BIGINT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
            meeting_id BIGINT REFERENCES meetings (id) ON DELETE CASCADE,
            position BIGINT NOT NULL,
            title TEXT NOT NULL,
            agenda_item TEXT,
            author TEXT,
            summary TEXT,
            line BIGINT NOT NULL,
            page BIGINT,
            pdf_page BIGINT
        );
        CREATE INDEX reports_pack ON reports (pack_id);
        CREATE INDEX reports_meeting ON reports (meeting_id);

        CREATE TABLE recommendations (
            {ID},
            report_id BIGINT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
            pack_id BIGINT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
            position BIGINT NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX recommendations_report ON recommendations (report_id);
        CREATE INDEX recommendations_pack ON recommendations (pack_id);

        CREATE TABLE findings (
            {ID},
            pack_id BIGINT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            severity TEXT NOT NULL,
            message TEXT NOT NULL,
            line BIGINT,
            page BIGINT,
            pdf_page BIGINT
        );
        CREATE INDEX findings_pack ON findings (pack_id);

        CREATE TABLE people (
            {ID},
            scope TEXT NOT NULL,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            surname TEXT NOT NULL,
            UNIQUE (scope, key)
        );
        CREATE INDEX people_surname ON people (surname);

        CREATE TABLE search_docs (
            {ID},
            pack_id BIGINT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
            meeting_id BIGINT,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            line BIGINT NOT NULL,
            page BIGINT,
            pdf_page BIGINT,
            authority_key TEXT,
            body_id BIGINT,
            date TEXT
        );
        CREATE INDEX search_docs_pack ON search_docs (pack_id);
        """;

    private const string SqliteSearch = """
        CREATE VIRTUAL TABLE search_fts USING fts5 (
            title, body, content = 'search_docs', content_rowid = 'id',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
            INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
            INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
        END;
        """;

    private const string PostgresSearch = """
        ALTER TABLE search_docs ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english'::regconfig, title), 'A') ||
            setweight(to_tsvector('english'::regconfig, body), 'B')
        ) STORED;
        CREATE INDEX search_docs_tsv ON search_docs USING GIN (tsv);
        """;

    /// <summary>
    /// Each search document carries its filters as words in a <c>tags</c> column (kind, authority, body, year, month
    /// and day; see <see cref="Search.SearchTags"/>), so on SQLite a filtered search narrows inside the FTS5 index
    /// instead of ranking every match and reading each row's filters. Authorities are numbered in <c>search_scopes</c>.
    /// </summary>
    private const string SearchTags = """
        CREATE TABLE search_scopes (
            {ID},
            authority_key TEXT NOT NULL UNIQUE
        );
        INSERT INTO search_scopes (authority_key)
            SELECT DISTINCT authority_key FROM search_docs WHERE authority_key IS NOT NULL AND authority_key <> '' ORDER BY authority_key;
        ALTER TABLE search_docs ADD COLUMN tags TEXT NOT NULL DEFAULT '';
        UPDATE search_docs SET tags = 'k' || lower(kind)
            || CASE WHEN authority_key IS NULL OR authority_key = '' THEN ''
                    ELSE ' a' || (SELECT s.id FROM search_scopes s WHERE s.authority_key = search_docs.authority_key) END
            || CASE WHEN body_id IS NULL THEN '' ELSE ' b' || body_id END
            || CASE WHEN date IS NULL OR length(date) < 10 THEN ''
                    ELSE ' y' || substr(date, 1, 4) || ' m' || substr(date, 1, 4) || substr(date, 6, 2)
                         || ' d' || substr(date, 1, 4) || substr(date, 6, 2) || substr(date, 9, 2) END;
        """;

    private const string SqliteSearchWithTags = """
        DROP TRIGGER search_docs_ai;
        DROP TRIGGER search_docs_ad;
        DROP TABLE search_fts;
        CREATE VIRTUAL TABLE search_fts USING fts5 (
            title, body, tags, content = 'search_docs', content_rowid = 'id',
            tokenize = 'porter unicode61 remove_diacritics 2'
        );
        INSERT INTO search_fts (search_fts) VALUES ('rebuild');
        CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
            INSERT INTO search_fts (rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
        END;
        CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
            INSERT INTO search_fts (search_fts, rowid, title, body, tags) VALUES ('delete', old.id, old.title, old.body, old.tags);
        END;
        """;

    private const string LinkIndexes = """
        CREATE INDEX attendance_name ON attendance (name);
        CREATE INDEX declarations_name ON declarations (name);
        CREATE INDEX bodies_authority_key ON bodies (authority_key);
        """;

    private const string Series = """
        CREATE TABLE series_points (
            {ID},
            pack_id BIGINT NOT NULL REFERENCES packs (id) ON DELETE CASCADE,
            meeting_id BIGINT REFERENCES meetings (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            period TEXT,
            value DOUBLE PRECISION,
            unit TEXT,
            text TEXT,
            line BIGINT,
            page BIGINT,
            pdf_page BIGINT
        );
        CREATE INDEX series_points_key ON series_points (key);
        CREATE INDEX series_points_pack ON series_points (pack_id);
        """;
}
