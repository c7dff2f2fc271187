using Minutebook.Store;
using Minutebook.Store.Engine;
using Minutebook.Store.Ingest;
using Minutebook.Store.Queries;
using static Minutebook.Tests.Store.Records;

namespace Minutebook.Tests.Store;

/// <summary>The register on both engines: migrations, idempotence, atomic packs, linking, search.</summary>
public class RegisterStoreTests
{
    private const string Hwb = "Health and Wellbeing Board";
    private const string Council = "Northfield Borough Council";

    private static IngestSummary Write(RegisterStore store, params PreparedPack[] packs) => new Ingestor(store).Write(packs);

    [Theory, OnSqlite, OnPostgres]
    public void Migrations_are_numbered_and_applied_once(string engine)
    {
        using var t = StoreEngines.Create(engine);
        Assert.Equal(Migrations.Latest, t.Store.SchemaVersion());
        Assert.True(Migrations.Latest >= 3);
        using var db = t.Store.Connect();
        Assert.Empty(Migrations.Apply(db));
        Assert.Equal(Migrations.Steps.Count, (int)db.Long("SELECT count(*) FROM schema_version")!.Value);
    }

    [Theory, OnSqlite, OnPostgres]
    public void The_same_pack_twice_is_stored_once(string engine)
    {
        using var t = StoreEngines.Create(engine);
        var pack = Pack("a.txt", Agenda(Hwb, Council, "2021-01-29", "Apologies", "Better Care Fund")).Prepared("line one", "line two");
        var first = Write(t.Store, pack);
        var second = Write(t.Store, Pack("a.txt", Agenda(Hwb, Council, "2021-01-29", "Apologies", "Better Care Fund")).Prepared("line one", "line two"));
        Assert.Equal((1, 0), (first.Added, first.Unchanged));
        Assert.Equal((0, 1), (second.Added, second.Unchanged));
        var counts = t.Store.Count();
        Assert.Equal(1, counts.Packs);
        Assert.Equal(1, counts.Meetings);
        Assert.Equal(2, counts.AgendaItems);
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_changed_file_replaces_its_old_version(string engine)
    {
        using var t = StoreEngines.Create(engine);
        Write(t.Store, Pack("a.txt", "v1", Agenda(Hwb, Council, "2021-01-29", "Old item")).Prepared("old text"));
        var summary = Write(t.Store, Pack("a.txt", "v2", Agenda(Hwb, Council, "2021-02-05", "New item")).Prepared("new text"));
        Assert.Equal(1, summary.Replaced);
        Assert.Single(t.Store.Packs());
        var meeting = Assert.Single(t.Store.Meetings());
        Assert.Equal(new DateOnly(2021, 2, 5), meeting.Date);
        var detail = t.Store.Meeting(meeting.Id)!;
        Assert.Equal("New item", Assert.Single(detail.AgendaItems).Title);
        Assert.Empty(t.Store.Search("old"));
        Assert.NotEmpty(t.Store.Search("new"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void A_pack_that_fails_half_way_leaves_nothing_behind_and_the_batch_goes_on(string engine)
    {
        using var t = StoreEngines.Create(engine);
        var packs = new[]
        {
            Pack("one.txt", Agenda(Hwb, Council, "2021-01-01", "Alpha").Present("Jane Slater")).Prepared("alpha text"),
            Pack("two.txt", Agenda(Hwb, Council, "2021-02-01", "Bravo").Present("Kim Smith")
                .Minute("1", "Bravo", "That the bravo plan be approved.")).WithReport("Bravo report", "bravo summary").Prepared("bravo text"),
            Pack("three.txt", Agenda(Hwb, Council, "2021-03-01", "Charlie")).Prepared("charlie text"),
        };
        var ingestor = new Ingestor(t.Store)
        {
            // the failure strikes after the meeting, agenda, attendance and minutes of two.txt are written
            StepHook = (path, step) =>
            {
                if (path.EndsWith("two.txt") && step == "reports") throw new IOException("disk full (injected)");
            },
        };
        var summary = ingestor.Write(packs);
        Assert.Equal((2, 1), (summary.Added, summary.Failed));

        var counts = t.Store.Count();
        Assert.Equal(2, counts.Packs);
        Assert.Equal(2, counts.Meetings);
        Assert.Equal(0, counts.Resolutions);
        Assert.Equal(0, counts.Reports);
        Assert.DoesNotContain(t.Store.Meetings(), m => m.Date == new DateOnly(2021, 2, 1));
        Assert.Empty(t.Store.Search("bravo"));
        Assert.Empty(t.Store.People("Kim Smith"));
        using (var db = t.Store.Connect())
            Assert.Equal(0L, db.Long("SELECT count(*) FROM attendance WHERE name = @p0", "Kim Smith"));

        // the same packs again, without the failure: two.txt is stored whole, the others are unchanged
        var again = new Ingestor(t.Store).Write(packs);
        Assert.Equal((1, 2, 0), (again.Added, again.Unchanged, again.Failed));
        Assert.Equal(3, t.Store.Count().Packs);
        Assert.Equal(1, t.Store.Count().Resolutions);
        Assert.NotEmpty(t.Store.Search("bravo"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Minutes_printed_in_a_later_pack_attach_to_the_meeting_they_record(string engine)
    {
        using var t = StoreEngines.Create(engine);
        Write(t.Store,
            Pack("jan.txt", Agenda(Hwb, Council, "2021-01-29", "Apologies", "Measurement Framework")).Prepared(),
            // the March pack prints the January minutes; its own minutes say only the date (body from the pack)
            Pack("mar.txt",
                Agenda("Health & Well-being Board", "Northfield Council", "2021-03-19", "Minutes", "Dashboard"),
                Minutes(null, null, "2021-01-29").Present("Cllr J. Slater").Minute("5", "Measurement Framework", "That the framework be noted.")).Prepared());
        var meetings = t.Store.Meetings();
        Assert.Equal(2, meetings.Count);
        var jan = Assert.Single(meetings, m => m.Date == new DateOnly(2021, 1, 29));
        Assert.True(jan.HasAgenda);
        Assert.True(jan.HasMinutes);
        Assert.Equal(["jan.txt", "mar.txt"], jan.Packs.Select(p => p.File).Order().ToArray());
        var detail = t.Store.Meeting(jan.Id)!;
        Assert.Equal(2, detail.AgendaItems.Count);
        Assert.Equal("That the framework be noted.", Assert.Single(Assert.Single(detail.MinuteItems).Resolutions).Text);
        Assert.Equal("mar.txt", detail.MinuteItems[0].Source.File);
        var mar = Assert.Single(meetings, m => m.Date == new DateOnly(2021, 3, 19));
        Assert.False(mar.HasMinutes);
        Assert.Equal(jan.BodyId, mar.BodyId);
    }

    [Theory, OnSqlite, OnPostgres]
    public void Bodies_link_name_variants_within_an_authority_and_keep_authorities_apart(string engine)
    {
        using var t = StoreEngines.Create(engine);
        Write(t.Store,
            Pack("1.txt", Agenda("Health and Wellbeing Board", "Northfield Borough Council", "2021-01-01", "A")).Prepared(),
            Pack("2.txt", Agenda("THE HEALTH & WELL-BEING BOARD", "Northfield Council", "2021-02-01", "B")).Prepared(),
            Pack("3.txt", Agenda("Northfield Health and Wellbeing Board meeting", "Northfield Metropolitan Borough Council", "2021-03-01", "C")).Prepared(),
            Pack("4.txt", Agenda("Health and Wellbeing Board", "Southdale County Council", "2021-01-01", "D")).Prepared(),
            Pack("5.txt", Agenda("Cabinet", "Northfield Council", "2021-01-01", "E")).Prepared());
        var bodies = t.Store.Bodies();
        Assert.Equal(3, bodies.Count);
        var northfield = Assert.Single(bodies, b => b.Meetings == 3);
        Assert.Equal(3, northfield.NamesPrinted.Count);
        Assert.Equal(3, t.Store.Meetings(new MeetingQuery { Body = "health & wellbeing", Authority = "Northfield" }).Count);
        Assert.Single(t.Store.Meetings(new MeetingQuery { Body = "Health and Wellbeing", Authority = "Southdale" }));
        Assert.Equal(4, t.Store.Meetings(new MeetingQuery { Body = "wellbeing" }).Count);
    }

    [Theory, OnSqlite, OnPostgres]
    public void People_merge_only_on_strong_evidence_and_a_shared_surname_is_not_enough(string engine)
    {
        using var t = StoreEngines.Create(engine);
        Write(t.Store,
            Pack("1.txt", Minutes(Hwb, Council, "2021-01-01").Present("Councillor J. Slater (Chair)", "J. Smith", "Dr K. Smith").Apologies("Smith")).Prepared(),
            Pack("2.txt", Minutes(Hwb, Council, "2021-02-01").Present("Jane Slater", "Councillor Smith").Apologies("K. Smith")).Prepared(),
            Pack("3.txt", Minutes(Hwb, Council, "2021-03-01").Present("J. Slater", "Kevin Smith")).Prepared());

        var slater = Assert.Single(t.Store.People("Jane Slater"));
        Assert.Equal("Jane Slater", slater.Name);
        Assert.Equal(3, slater.Present);
        Assert.Equal(["Councillor J. Slater (Chair)", "J. Slater", "Jane Slater"], slater.NamesPrinted.Order().ToArray());

        var kevin = Assert.Single(t.Store.People("K. Smith"));
        Assert.Equal("Kevin Smith", kevin.Name);
        Assert.Equal((2, 1), (kevin.Present, kevin.Apologies));
        var j = Assert.Single(t.Store.People("J. Smith"));
        Assert.NotEqual(kevin.Id, j.Id);
        Assert.Equal(1, j.Present);
        // "Smith" alone stays apart from both, and finding by surname lists every Smith
        var all = t.Store.People("Smith");
        Assert.Equal(3, all.Count);
        var bare = Assert.Single(all, p => p.Id != kevin.Id && p.Id != j.Id);
        Assert.Equal((1, 1), (bare.Present, bare.Apologies));
    }

    [Theory, OnSqlite, OnPostgres]
    public void Actions_are_followed_through_later_meetings(string engine)
    {
        using var t = StoreEngines.Create(engine);
        Write(t.Store,
            Pack("sep.txt", Minutes(Hwb, Council, "2021-09-10")
                .Action("That the Measurement Framework is to come to the Board before the end of the year")
                .Action("Officers to circulate the carers' survey results", due: "31 October 2021")
                .Action("The Director to report back on dental access", due: "March 2022")
                .Action("Refresh the Joint Strategic Needs Assessment")).Prepared(),
            Pack("nov.txt", Agenda(Hwb, Council, "2021-11-19", "Apologies", "Minutes of the last meeting", "Measurement Framework", "Any other business")).Prepared());

        var asOf = new DateOnly(2022, 1, 15);
        var all = t.Store.Actions(new ActionQuery { AsOf = asOf });
        Assert.Equal(4, all.Count);
        var framework = Assert.Single(all, a => a.Text.Contains("Measurement"));
        Assert.Equal(ActionStatus.Closed, framework.Status);
        Assert.Equal("Measurement Framework", framework.ClosedBy!.Title);
        Assert.Equal(new DateOnly(2021, 11, 19), framework.ClosedBy.Date);
        Assert.Equal(new DateOnly(2021, 12, 31), framework.Due);
        Assert.Equal("Measurement Framework", framework.Subject);

        var survey = Assert.Single(all, a => a.Text.Contains("survey"));
        Assert.Equal((ActionStatus.Overdue, new DateOnly(2021, 10, 31)), (survey.Status, survey.Due));
        var dental = Assert.Single(all, a => a.Text.Contains("dental"));
        Assert.Equal((ActionStatus.Open, new DateOnly(2022, 3, 31)), (dental.Status, dental.Due));
        Assert.Equal(ActionStatus.Open, Assert.Single(all, a => a.Text.Contains("Refresh")).Status);

        Assert.Equal(["survey"], t.Store.Actions(new ActionQuery { Status = ActionFilter.Overdue, AsOf = asOf }).Select(a => a.Text.Contains("survey") ? "survey" : a.Text));
        Assert.Equal(3, t.Store.Actions(new ActionQuery { Status = ActionFilter.Open, AsOf = asOf }).Count);
        Assert.Empty(t.Store.Actions(new ActionQuery { Status = ActionFilter.Open, Body = "Cabinet" }));
    }

    [Theory, OnSqlite, OnPostgres]
    public void An_item_at_an_earlier_meeting_or_of_another_body_does_not_close_an_action(string engine)
    {
        using var t = StoreEngines.Create(engine);
        Write(t.Store,
            Pack("a.txt", Agenda(Hwb, Council, "2021-06-01", "Measurement Framework")).Prepared(),
            Pack("b.txt", Minutes(Hwb, Council, "2021-09-10").Action("That the Measurement Framework is to come to the Board before the end of the year")).Prepared(),
            Pack("c.txt", Agenda("Cabinet", Council, "2021-11-01", "Measurement Framework")).Prepared(),
            Pack("d.txt", Agenda(Hwb, Council, "2021-12-01", "Measurement of waiting times")).Prepared());
        var action = Assert.Single(t.Store.Actions(new ActionQuery { AsOf = new DateOnly(2021, 12, 2) }));
        Assert.Null(action.ClosedBy);
        Assert.Equal(ActionStatus.Open, action.Status);
    }

    [Theory, OnSqlite, OnPostgres]
    public void Search_ranks_titles_first_filters_and_cites_pack_page_and_line(string engine)
    {
        using var t = StoreEngines.Create(engine);
        Write(t.Store,
            Pack("north-jan.txt", Agenda(Hwb, Council, "2021-01-29", "Discharge to Assess", "Carers Strategy")
                    .Minute("7", "Hospital discharge", "That the Discharge to Assess pathway be extended to March."))
                .WithReport("Winter pressures", "The discharge to assess model freed beds.", "Note the discharge to assess figures.")
                .Prepared("AGENDA", "", "The board will hear about carers.", "Patients waiting for discharge were assessed at home"),
            Pack("south-jun.txt", Agenda(Hwb, "Southdale County Council", "2021-06-10", "Discharge to Assess update")).Prepared("nothing here"),
            Pack("north-dec.txt", Agenda("Cabinet", Council, "2021-12-01", "Budget")).Prepared("A paragraph on discharge to assess in the cabinet text."));

        var hits = t.Store.Search("discharge to assess");
        Assert.True(hits.Count >= 5, string.Join("\n", hits));
        Assert.Equal(SearchKinds_AgendaItem, hits[0].Kind);
        Assert.Contains("Discharge to Assess", hits[0].Title);
        Assert.Contains(FullTextMark, hits[0].Snippet);
        Assert.All(hits, h => Assert.True(h.Source.PackId > 0 && h.Source.Line > 0));
        Assert.Equal(Hwb, hits[0].Body);

        var resolution = Assert.Single(t.Store.Search(new SearchQuery { Text = "discharge to assess", Kinds = ["resolution"] }));
        Assert.Equal("north-jan.txt", resolution.Source.File);
        Assert.Contains("pathway", resolution.Snippet);

        // pack text cites the line the words are on, not the start of the passage
        var text = t.Store.Search(new SearchQuery { Text = "patients waiting", Kinds = ["text"] });
        Assert.Equal(4, Assert.Single(text).Source.Line);

        Assert.All(t.Store.Search(new SearchQuery { Text = "discharge to assess", Authority = "Southdale" }), h => Assert.Equal("south-jun.txt", h.Source.File));
        Assert.Single(t.Store.Search(new SearchQuery { Text = "discharge to assess", Authority = "Southdale" }));
        Assert.All(t.Store.Search(new SearchQuery { Text = "discharge", Body = "Cabinet" }), h => Assert.Equal("north-dec.txt", h.Source.File));
        Assert.NotEmpty(t.Store.Search(new SearchQuery { Text = "discharge", Body = "Cabinet" }));
        var dated = t.Store.Search(new SearchQuery { Text = "discharge", From = new DateOnly(2021, 6, 1), To = new DateOnly(2021, 6, 30) });
        Assert.Equal(["south-jun.txt"], dated.Select(h => h.Source.File).Distinct().ToArray());
        Assert.Empty(t.Store.Search("\"assess discharge\""));
        Assert.DoesNotContain(t.Store.Search("discharge -cabinet"), h => h.Source.File == "north-dec.txt");
        Assert.Empty(t.Store.Search("\" OR ( * NEAR"));
    }

    private const string SearchKinds_AgendaItem = SearchKinds.AgendaItem;
    private const string FullTextMark = Minutebook.Store.Search.FullText.MarkOpen;

    [Theory, OnSqlite, OnPostgres]
    public void Indicators_and_budget_lines_across_packs_form_a_time_series(string engine)
    {
        using var t = StoreEngines.Create(engine);
        PreparedPack WithPoints(PreparedPack p, params SeriesPoint[] points) => new()
        {
            Path = p.Path, Sha256 = p.Sha256, Record = p.Record, RecordJson = p.RecordJson, LinesText = p.LinesText, PageMap = p.PageMap,
            LineCount = p.LineCount, PageCount = p.PageCount, Passages = p.Passages, Series = points,
        };
        var src = new Minutebook.Model.SourceRef(3, 2);
        Write(t.Store,
            WithPoints(Pack("q1.txt", Agenda(Hwb, Council, "2021-06-01", "Performance")).Prepared(),
                new SeriesPoint(SeriesPoints.Indicator, "Delayed transfers of care", "Q4 2020/21", 7.5, "%", null, src)),
            WithPoints(Pack("q2.txt", Agenda(Hwb, Council, "2021-09-01", "Performance")).Prepared(),
                new SeriesPoint(SeriesPoints.Indicator, "Delayed Transfers of Care", "Q1 2021/22", 6.1, "%", null, src),
                new SeriesPoint(SeriesPoints.Budget, "Better Care Fund", "2021/22", 1_700_000, "£", "budget £1,700,000", src)));
        var series = t.Store.Series("delayed transfers");
        Assert.Equal([7.5, 6.1], series.Select(s => s.Value!.Value).ToArray());
        Assert.Equal([new DateOnly(2021, 6, 1), new DateOnly(2021, 9, 1)], series.Select(s => s.MeetingDate!.Value).ToArray());
        Assert.Equal("q2.txt", series[1].Source!.File);
        Assert.Single(t.Store.Series("better care"));
    }

    [Theory, OnSqlite, OnPostgres]
    public void The_stored_pack_keeps_its_json_and_lines_with_pages(string engine)
    {
        using var t = StoreEngines.Create(engine);
        Write(t.Store, Pack("a.txt", Agenda(Hwb, Council, "2021-01-29", "Item")).Prepared("first", "second", "third"));
        var pack = Assert.Single(t.Store.Packs());
        var json = t.Store.PackJson(pack.Id)!;
        Assert.Contains("\"meetings\"", json);
        Assert.Equal("a.txt", Minutebook.Output.JsonContract.Deserialize(json)!.Source.File);
        Assert.Equal(["first", "second", "third"], t.Store.PackLines(pack.Id).Select(l => l.Text).ToArray());
        Assert.Equal("second", Assert.Single(t.Store.PackLines(pack.Id, 2, 2)).Text);
    }
}
