using Minutebook.Store.Engine;
using Minutebook.Store.Linking;
using Minutebook.Store.Search;

namespace Minutebook.Tests.Store;

/// <summary>The rules that link records across packs, on their own (no store).</summary>
public class LinkingTests
{
    [Theory]
    [InlineData("Health and Wellbeing Board", "Trafford Council", "health and wellbeing board")]
    [InlineData("HEALTH & WELL-BEING BOARD", "Trafford Metropolitan Borough Council", "health and wellbeing board")]
    [InlineData("The Trafford Health and Wellbeing Board meeting", "Trafford Council", "health and wellbeing board")]
    [InlineData("Agenda papers for Cabinet", "Kent County Council", "cabinet")]
    [InlineData("County Council", "Kent County Council", "county council")]
    public void Body_name_variants_share_a_key(string name, string authority, string key) =>
        Assert.Equal(key, BodyNames.NameKey(name, authority));

    [Theory]
    [InlineData("Kent County Council", "kent")]
    [InlineData("KENT COUNTY COUNCIL", "kent")]
    [InlineData("Trafford Metropolitan Borough Council", "trafford")]
    [InlineData("Stoke-on-Trent City Council", "stokeontrent")]
    [InlineData("Kent and Medway ICB", "kent medway icb")]
    public void Authorities_are_keyed_by_their_distinctive_words(string authority, string key) =>
        Assert.Equal(key, BodyNames.AuthorityKey(authority));

    [Theory]
    [InlineData("Councillor J. Slater (Chair)", "j", "slater")]
    [InlineData("Cllr Dr. Jane A. Slater OBE", "jane a", "slater")]
    [InlineData("JA Slater", "j a", "slater")]
    [InlineData("Mrs SLATER", "", "slater")]
    [InlineData("Professor Sir Kim O'Neill-Brown, Director of Public Health", "kim", "o'neill-brown")]
    public void Printed_names_are_read_into_given_names_and_surname(string printed, string given, string surname)
    {
        var name = PersonNames.Parse(printed)!;
        Assert.Equal(given, string.Join(' ', name.Given));
        Assert.Equal(surname, name.Surname);
    }

    [Fact]
    public void Only_strong_evidence_merges_people()
    {
        var c = PersonNames.Cluster(["Councillor J. Slater", "J. Slater", "Jane Slater", "J. Smith", "K. Smith", "Smith", "Cllr Smith", "Kevin Smith", "Karen Smith"]);
        // an initial joins the one spelt-out name it fits
        Assert.Equal(c["Jane Slater"].Key, c["J. Slater"].Key);
        Assert.Equal(c["Jane Slater"].Key, c["Councillor J. Slater"].Key);
        Assert.Equal("Jane Slater", c["J. Slater"].Display);
        // two people with the same surname stay apart; an initial that fits two of them joins neither
        Assert.NotEqual(c["J. Smith"].Key, c["K. Smith"].Key);
        Assert.NotEqual(c["Kevin Smith"].Key, c["Karen Smith"].Key);
        Assert.NotEqual(c["K. Smith"].Key, c["Kevin Smith"].Key);
        Assert.NotEqual(c["K. Smith"].Key, c["Karen Smith"].Key);
        // a surname alone joins no one (but is the same bare surname however titled)
        Assert.NotEqual(c["Smith"].Key, c["J. Smith"].Key);
        Assert.NotEqual(c["Smith"].Key, c["Kevin Smith"].Key);
        Assert.Equal(c["Smith"].Key, c["Cllr Smith"].Key);
    }

    [Fact]
    public void Different_first_names_are_different_people_even_with_one_initial()
    {
        var c = PersonNames.Cluster(["John Slater", "Jane Slater", "J. Slater"]);
        Assert.NotEqual(c["John Slater"].Key, c["Jane Slater"].Key);
        Assert.NotEqual(c["J. Slater"].Key, c["Jane Slater"].Key);
        Assert.NotEqual(c["J. Slater"].Key, c["John Slater"].Key);
    }

    [Theory]
    [InlineData("That the Measurement Framework is to come to the Board before the end of the year", "Measurement Framework", true)]
    [InlineData("Officers to bring a report on the carers' strategy refresh to the next meeting", "Carers Strategy Refresh", true)]
    [InlineData("ACTION: Dr Patel will circulate the dental access data", "DENTAL ACCESS DATA", true)]
    [InlineData("That the Measurement Framework is to come to the Board before the end of the year", "Minutes of the last meeting", false)]
    [InlineData("That the Measurement Framework is to come to the Board before the end of the year", "Measurement of waiting times", false)]
    [InlineData("That the Measurement Framework is to come to the Board before the end of the year", "Board Update", false)]
    [InlineData("The Chair to write to the Minister about the Better Care Fund", "Better Care Fund Plan 2021/22", false)]
    public void A_later_title_answers_an_action_when_it_names_what_the_action_asked_for(string action, string title, bool answers)
    {
        var words = ActionFollowUp.Significant(action);
        var subject = ActionFollowUp.Subject(action);
        Assert.Equal(answers, ActionFollowUp.Answers(title, words, subject is null ? null : ActionFollowUp.Significant(subject)));
    }

    [Theory]
    [InlineData("That the Measurement Framework is to come to the Board before the end of the year", "Measurement Framework")]
    [InlineData("Officers to bring a report on the carers strategy to the next meeting", "carers strategy")]
    public void An_action_has_a_subject(string action, string subject) => Assert.Equal(subject, ActionFollowUp.Subject(action));

    [Theory]
    [InlineData("31 March 2021", "", "2021-03-31")]
    [InlineData("31st Mar. 2021", "", "2021-03-31")]
    [InlineData("31/03/2021", "", "2021-03-31")]
    [InlineData("2021-03-31", "", "2021-03-31")]
    [InlineData("March 2022", "", "2022-03-31")]
    [InlineData("June", "", "2022-06-30")]
    [InlineData("January", "", "2022-01-31")]
    [InlineData("End of year", "", "2021-12-31")]
    [InlineData("Q3", "", "2021-12-31")]
    [InlineData(null, "That the Framework is to come to the Board before the end of the year", "2021-12-31")]
    [InlineData(null, "The Director to report by 30 November 2021 on dental access", "2021-11-30")]
    public void Due_dates_are_read_from_the_due_text_or_the_action(string? due, string action, string expected)
    {
        var meeting = new DateOnly(2021, 9, 10);
        Assert.Equal(DateOnly.Parse(expected), DueDates.Parse(due, action, meeting, out _));
    }

    [Theory]
    [InlineData("Ongoing")]
    [InlineData("ASAP")]
    [InlineData("May need more work")]
    public void Due_text_that_names_no_date_gives_none(string due) =>
        Assert.Null(DueDates.Parse(due, "Review the plan", new DateOnly(2021, 9, 10), out _));

    [Fact]
    public void Next_meeting_is_left_for_the_calendar()
    {
        Assert.Null(DueDates.Parse("Next meeting", "Report back", new DateOnly(2021, 9, 10), out bool next));
        Assert.True(next);
    }

    [Theory]
    [InlineData("discharge to assess", "(\"discharge\" AND \"to\" AND \"assess\")")]
    [InlineData("\"discharge to assess\" carers", "(\"discharge to assess\" AND \"carers\")")]
    [InlineData("dementia OR obesity", "(\"dementia\") OR (\"obesity\")")]
    [InlineData("strategy -covid", "((\"strategy\")) NOT \"covid\"")]
    [InlineData("vacc*", "(\"vacc\"*)")]
    [InlineData("A&E \"NEAR(\" )", "(\"a e\" AND \"near\")")]
    public void Queries_become_safe_fts5_expressions(string query, string fts) =>
        Assert.Equal(fts, FullText.ToFts5(FullText.Parse(query)));

    [Theory]
    [InlineData("minutebook.db", StoreKind.Sqlite)]
    [InlineData("/data/register.sqlite", StoreKind.Sqlite)]
    [InlineData("postgres://user:secret@db.example:5433/register", StoreKind.Postgres)]
    [InlineData("postgresql://user@localhost/register?sslmode=disable", StoreKind.Postgres)]
    [InlineData("Host=localhost;Database=register;Username=u;Password=p", StoreKind.Postgres)]
    public void The_db_option_names_the_engine(string db, StoreKind kind)
    {
        var engine = StoreEngine.Parse(db);
        Assert.Equal(kind, engine.Kind);
        Assert.DoesNotContain("secret", engine.Display);
    }

    [Fact]
    public void A_postgres_url_becomes_a_connection_string()
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(PostgresEngine.FromUrl("postgres://mb:p%40ss@db.example:5433/register"));
        Assert.Equal(("db.example", 5433, "register", "mb", "p@ss"), (cs.Host, cs.Port, cs.Database, cs.Username, cs.Password));
    }
}
