using Minutebook.Store;
using Minutebook.Store.Engine;
using Minutebook.Store.Ingest;
using Minutebook.Store.Linking;
using Minutebook.Store.Queries;
using Minutebook.Store.Search;
using static Minutebook.Tests.Store.Records;

namespace Minutebook.Tests.Store;

/// <summary>
/// Search filters (authority, body, kind, date range) give the same hits, in the same order, as searching without
/// them and keeping the hits that fit: on SQLite they are answered inside the full-text index (tags), on PostgreSQL
/// in SQL, so this holds both ways of answering to the one meaning.
/// </summary>
public class SearchFilterTests
{
    private static readonly string[] Authorities = ["Northfield Borough Council", "Southfield County Council", "Eastmoor City Council", "Kestrel Bay Council"];
    private static readonly string[] Bodies = ["Health and Wellbeing Board", "Adult Social Care Committee", "Cabinet"];
    private static readonly string[] Subjects = ["Discharge to assess", "Carers strategy", "Winter pressures and discharge", "Public health annual report", "Budget monitoring"];

    /// <summary>Packs across four authorities, three bodies and seven years; every pack mentions discharge somewhere.</summary>
    private static PreparedPack[] Register()
    {
        var packs = new List<PreparedPack>();
        int n = 0;
        for (int year = 2015; year <= 2021; year++)
            foreach (var authority in Authorities)
                for (int b = 0; b < Bodies.Length; b++)
                {
                    n++;
                    var date = new DateOnly(year, 1 + (n * 5 + b) % 12, 1 + n * 7 % 28);
                    var agenda = Agenda(Bodies[b], authority, date.ToString("yyyy-MM-dd"), "Apologies", Subjects[n % Subjects.Length], Subjects[(n + 2) % Subjects.Length]);
                    var minutes = Minutes(Bodies[b], authority, date.AddDays(-42).ToString("yyyy-MM-dd"))
                        .Minute("1", Subjects[(n + 1) % Subjects.Length], $"That the board notes the discharge figures for quarter {n % 4 + 1}.");
                    var record = Pack($"pack-{n:D3}.txt", agenda, minutes);
                    if (n % 3 == 0) record.WithReport("Hospital discharge", "Delays in discharge fell this quarter.", "Note the report.");
                    packs.Add(record.Prepared("Agenda pack", "", $"Item on discharge to assess, number {n}.", "Carers were thanked."));
                }
        return packs.ToArray();
    }

    public static readonly string[] FilterNames =
        ["authority", "authority-part", "body", "kind", "from", "to", "range", "range-in-a-month", "everything", "nothing-fits"];

    private static SearchQuery With(string filter, string text, int limit) => filter switch
    {
        "authority" => new SearchQuery { Text = text, Limit = limit, Authority = "Northfield" },
        // part of a name: every authority whose name holds it
        "authority-part" => new SearchQuery { Text = text, Limit = limit, Authority = "field" },
        "body" => new SearchQuery { Text = text, Limit = limit, Body = "Health and Wellbeing Board" },
        "kind" => new SearchQuery { Text = text, Limit = limit, Kinds = ["resolution", "report"] },
        "from" => new SearchQuery { Text = text, Limit = limit, From = new DateOnly(2019, 3, 15) },
        "to" => new SearchQuery { Text = text, Limit = limit, To = new DateOnly(2016, 7, 4) },
        "range" => new SearchQuery { Text = text, Limit = limit, From = new DateOnly(2016, 2, 29), To = new DateOnly(2019, 11, 3) },
        "range-in-a-month" => new SearchQuery { Text = text, Limit = limit, From = new DateOnly(2018, 1, 3), To = new DateOnly(2018, 12, 27) },
        "everything" => new SearchQuery
        {
            Text = text, Limit = limit, Authority = "field", Body = "Board", Kinds = ["agendaItem", "resolution", "text"],
            From = new DateOnly(2015, 1, 1), To = new DateOnly(2020, 6, 30),
        },
        "nothing-fits" => new SearchQuery { Text = text, Limit = limit, From = new DateOnly(2030, 1, 1) },
        _ => throw new ArgumentException(filter),
    };

    private static bool Fits(SearchHit h, SearchQuery q) =>
        (q.Authority is null || BodyNames.AuthorityKey(h.Authority).Contains(BodyNames.AuthorityKey(q.Authority), StringComparison.Ordinal))
        && (q.Body is null || (h.Body ?? "").Contains(q.Body, StringComparison.OrdinalIgnoreCase))
        && (q.Kinds.Count == 0 || q.Kinds.Contains(h.Kind))
        && (q.From is null || h.Date >= q.From)
        && (q.To is null || h.Date is not null && h.Date <= q.To);

    [Theory, FilterCases(StoreEngines.Sqlite), FilterCases(StoreEngines.Postgres)]
    public void A_filter_keeps_exactly_the_hits_that_fit_in_rank_order(string engine, string filter)
    {
        using var t = StoreEngines.Create(engine);
        new Ingestor(t.Store).Write(Register());
        foreach (var text in new[] { "discharge", "discharge to assess", "\"discharge figures\"", "carers OR budget", "discharge -winter" })
        {
            var all = t.Store.Search(new SearchQuery { Text = text, Limit = 1000 });
            Assert.True(all.Count > 20, $"{text}: {all.Count} hits");
            var query = With(filter, text, 1000);
            var expected = all.Where(h => Fits(h, query)).Select(Key).ToList();
            var actual = t.Store.Search(query).Select(Key).ToList();
            if (filter == "nothing-fits") Assert.Empty(actual);
            else Assert.NotEmpty(actual);
            Assert.Equal(expected, actual);
            // with a small limit: the first few of the same list
            Assert.Equal(expected.Take(5), t.Store.Search(With(filter, text, 5)).Select(Key));
        }
    }

    private static string Key(SearchHit h) => $"{h.Source.File}:{h.Source.Line}:{h.Kind}";

    [Theory, OnSqlite, OnPostgres]
    public void Filters_narrow_but_never_match_the_words_searched_for(string engine)
    {
        using var t = StoreEngines.Create(engine);
        new Ingestor(t.Store).Write(Register());
        // the words of the tags (kinds, years, body numbers) are not text of the papers
        Assert.Empty(t.Store.Search("kresolution"));
        Assert.Empty(t.Store.Search("y2016"));
        Assert.Empty(t.Store.Search("b1"));
        var hit = t.Store.Search(new SearchQuery { Text = "discharge", Kinds = ["resolution"], Limit = 1 }).Single();
        Assert.Contains(FullText.MarkOpen + "discharge" + FullText.MarkClose, hit.Snippet, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("kresolution", hit.Snippet);
    }

    [Fact]
    public void A_date_range_is_the_fewest_whole_years_months_and_days()
    {
        Assert.Equal(["y2016", "y2017"], SearchTags.DateRange(new DateOnly(2016, 1, 1), new DateOnly(2017, 12, 31)));
        var tags = SearchTags.DateRange(new DateOnly(2019, 3, 15), new DateOnly(2020, 2, 10));
        Assert.Equal(17 + 9 + 1 + 10, tags.Count);
        Assert.Equal("d20190315", tags[0]);
        Assert.Contains("m201904", tags);
        Assert.Contains("m202001", tags);
        Assert.Equal("d20200210", tags[^1]);
        Assert.Equal(["d20200229"], SearchTags.DateRange(new DateOnly(2020, 2, 29), new DateOnly(2020, 2, 29)));
        Assert.Equal(["m202002"], SearchTags.DateRange(new DateOnly(2020, 2, 1), new DateOnly(2020, 2, 29)));
        Assert.Empty(SearchTags.DateRange(new DateOnly(2020, 2, 2), new DateOnly(2020, 2, 1)));
        // every day of a long range is covered once, and no day outside it
        var from = new DateOnly(2011, 12, 30);
        var to = new DateOnly(2023, 3, 2);
        var days = new List<DateOnly>();
        foreach (var tag in SearchTags.DateRange(from, to))
        {
            var start = new DateOnly(int.Parse(tag[1..5]), tag.Length > 5 ? int.Parse(tag[5..7]) : 1, tag.Length > 7 ? int.Parse(tag[7..9]) : 1);
            var end = tag[0] switch { 'y' => start.AddYears(1), 'm' => start.AddMonths(1), _ => start.AddDays(1) };
            for (var d = start; d < end; d = d.AddDays(1)) days.Add(d);
        }
        Assert.Equal(to.DayNumber - from.DayNumber + 1, days.Count);
        Assert.Equal(days.Count, days.Distinct().Count());
        Assert.Equal(from, days.Min());
        Assert.Equal(to, days.Max());
    }

    [Fact]
    public void A_store_made_before_search_tags_is_migrated_and_its_filters_work()
    {
        var dir = Path.Combine(Path.GetTempPath(), "minutebook-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "old.db");
        try
        {
            // a version 4 store, written as version 4 wrote it
            var engine = new SqliteEngine(path);
            using (var db = new Db(engine))
            {
                db.Script("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
                foreach (var step in Migrations.Steps.Where(s => s.Version <= 4))
                {
                    db.Script(step.Sql(engine).Replace("{ID}", engine.IdColumn));
                    db.Execute("INSERT INTO schema_version (version, name, applied_at) VALUES (@p0, @p1, '2021-01-01T00:00:00Z')", step.Version, step.Name);
                }
                db.Execute("INSERT INTO packs (id, path, file, sha256, format, ingested_at, line_count, lines_text, page_map, record_json) VALUES (1, '/p/a.txt', 'a.txt', 'x', 'text', '', 1, 'x', '[]', '{}')");
                db.Execute("INSERT INTO bodies (id, key, authority_key, name_key, authority, name) VALUES (7, 'northfield|cabinet', 'northfield', 'cabinet', 'Northfield Council', 'Cabinet')");
                db.Execute("INSERT INTO meetings (id, key, body_id, date) VALUES (3, '7|2019-05-02', 7, '2019-05-02')");
                db.Execute("INSERT INTO search_docs (pack_id, meeting_id, kind, title, body, line, authority_key, body_id, date) VALUES (1, 3, 'agendaItem', '4 Discharge to assess', '', 12, 'northfield', 7, '2019-05-02')");
                db.Execute("INSERT INTO search_docs (pack_id, meeting_id, kind, title, body, line, authority_key, body_id, date) VALUES (1, NULL, 'text', '', 'discharge was discussed', 40, NULL, NULL, NULL)");
            }
            var store = RegisterStore.Open(path);
            Assert.Equal(Migrations.Latest, store.SchemaVersion());
            Assert.Equal(2, store.Search("discharge").Count);
            Assert.Equal(12, Assert.Single(store.Search(new SearchQuery { Text = "discharge", Authority = "Northfield", Body = "Cabinet", Kinds = ["agendaItem"], From = new DateOnly(2019, 5, 2), To = new DateOnly(2019, 5, 2) })).Source.Line);
            Assert.Empty(store.Search(new SearchQuery { Text = "discharge", From = new DateOnly(2019, 5, 3) }));
            Assert.Equal(40, Assert.Single(store.Search(new SearchQuery { Text = "discharge", Kinds = ["text"] })).Source.Line);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}

/// <summary>Every filter of <see cref="SearchFilterTests"/> on one engine (PostgreSQL skipped, saying why, when it is not reachable).</summary>
public sealed class FilterCasesAttribute : Xunit.Sdk.DataAttribute
{
    private readonly string _engine;

    public FilterCasesAttribute(string engine)
    {
        _engine = engine;
        if (engine == StoreEngines.Postgres && StoreEngines.PostgresSkipReason is { } reason) Skip = reason;
    }

    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) =>
        SearchFilterTests.FilterNames.Select(f => new object[] { _engine, f });
}
