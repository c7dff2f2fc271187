using System.Text.Json;
using Minutebook.Cli;
using Minutebook.Store.Ingest;
using Minutebook.Tests.Support;

namespace Minutebook.Tests.Store;

/// <summary>Ingesting real files: the shared corpus twice (both engines), and the CLI end to end.</summary>
public class IngestCorpusTests
{
    [CorpusTheory, OnSqlite, OnPostgres]
    public void Ingesting_the_corpus_twice_stores_each_pack_and_each_meeting_once(string engine)
    {
        using var t = StoreEngines.Create(engine);
        var files = Ingestor.ExpandPaths([Corpus.Root!], []);
        var first = t.Store.Ingest([Corpus.Root!]);
        Assert.Equal(files.Count, first.Files);
        // a file whose bytes equal an earlier file's (the same appendix published for two meetings) is unchanged
        var copies = files.Count - files.Select(f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))).Distinct().Count();
        Assert.Equal((files.Count, copies), (first.Added + first.Failed + first.Skipped + first.Unchanged, first.Unchanged));
        Assert.True(first.Added >= 5, $"only {first.Added} of {files.Count} files stored");
        var before = t.Store.Count();

        var second = t.Store.Ingest([Corpus.Root!, Path.Combine(Corpus.Root!, "text")]);
        Assert.Equal((0, 0, first.Added + first.Unchanged, first.Failed, first.Skipped), (second.Added, second.Replaced, second.Unchanged, second.Failed, second.Skipped));
        var after = t.Store.Count();
        Assert.Equal(before, after);
        Assert.Equal(first.Added, after.Packs);
        Assert.Equal(after.Packs, t.Store.Packs().Select(p => p.Sha256).Distinct().Count());
        // one meeting per body and date
        var dated = t.Store.Meetings().Where(m => m.Date is not null && m.BodyId is not null).ToList();
        Assert.Equal(dated.Count, dated.Select(m => (m.BodyId, m.Date)).Distinct().Count());
        // the packs' text is searchable, citing the file and line
        var hit = Assert.Single(t.Store.Search(new Minutebook.Store.Queries.SearchQuery { Text = "discharge to assess", Limit = 1 }));
        Assert.EndsWith(".txt", hit.Source.File);
        var line = t.Store.PackLines(hit.Source.PackId, hit.Source.Line, hit.Source.Line).Single();
        Assert.True(line.Text.Contains("discharge", StringComparison.OrdinalIgnoreCase) || line.Text.Contains("assess", StringComparison.OrdinalIgnoreCase), line.Text);
    }

    private static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory, OnSqlite, OnPostgres]
    public void The_cli_ingests_a_folder_reports_bad_files_and_answers_queries(string engine)
    {
        using var t = StoreEngines.Create(engine);
        var dir = Path.Combine(Path.GetTempPath(), "minutebook-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.txt"), "NORTHFIELD COUNCIL\n\nThe board discussed discharge to assess.\n\nHEALTH AND WELLBEING BOARD\n" +
                                                          "Date: Tuesday 3rd March 2020\nTime: 2:00pm\n\nAGENDA\n\nItem 1 Apologies for absence\nItem 2 Carers week\n");
            File.WriteAllText(Path.Combine(dir, "sub", "b.txt"), "SOUTHDALE COUNCIL\n\nA report on delayed transfers of care.\n\n" +
                                                                 "MINUTES of the meeting of the Adult Social Care Committee held on 4 May 2021\n\nPRESENT: Councillor J. Slater (Chair)\n");
            File.WriteAllBytes(Path.Combine(dir, "sub", "broken.txt"), [0, 1, 2, 0, 0, 3, 0, 0, 9, 0]);

            var (code, output, errors) = Cli("ingest", dir, "--db", t.Db);
            Assert.Equal(Program.SomeFilesFailed, code);
            var error = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("broken.txt", error);
            Assert.Contains("3 files: 2 added, 0 replaced, 0 unchanged, 1 failed", output);

            (code, output, _) = Cli("ingest", dir, "--db", t.Db, "--json");
            using (var summary = JsonDocument.Parse(output))
                Assert.Equal(2, summary.RootElement.GetProperty("unchanged").GetInt32());

            (code, output, _) = Cli("search", "discharge to assess", "--db", t.Db, "--json");
            Assert.Equal(Program.Ok, code);
            using (var hits = JsonDocument.Parse(output))
            {
                var hit = Assert.Single(hits.RootElement.EnumerateArray());
                Assert.Equal("a.txt", hit.GetProperty("source").GetProperty("file").GetString());
                Assert.Equal(3, hit.GetProperty("source").GetProperty("line").GetInt32());
                Assert.Contains("«discharge»", hit.GetProperty("snippet").GetString());
            }
            (code, output, _) = Cli("search", "delayed transfers", "--db", t.Db);
            Assert.Contains("b.txt line 3", output);

            foreach (var query in new[] { new[] { "meetings" }, ["actions", "--open"], ["actions", "--overdue"], ["person", "J. Slater"], ["series", "delayed transfers"] })
            {
                (code, output, errors) = Cli([.. query, "--db", t.Db, "--json"]);
                Assert.True(code == Program.Ok, errors);
                Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(output).RootElement.ValueKind);
            }
            (code, _, errors) = Cli("search", "x", "--db", t.Db, "--from", "March 2021");
            Assert.Equal(Program.UsageError, code);
            Assert.Contains("YYYY-MM-DD", errors);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Theory, OnSqlite, OnPostgres]
    public void Files_that_are_not_board_papers_are_skipped_by_their_content_and_the_batch_goes_on(string engine)
    {
        using var t = StoreEngines.Create(engine);
        var dir = Path.Combine(Path.GetTempPath(), "minutebook-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            // a README and notes beside the papers: prose, a list, a link, a table of files, but no agenda, minutes or report
            File.WriteAllText(Path.Combine(dir, "README.md"), "# Board papers\n\nThese are the packs we keep for the board.\n\n" +
                                                              "| file | what it is |\n| --- | --- |\n| jan.txt | the January pack |\n| feb.txt | the February pack |\n\n" +
                                                              "See the [wiki](https://example.org/wiki) for how we name them.\n");
            File.WriteAllText(Path.Combine(dir, "notes.txt"), "things to ask the clerk\n- when are the minutes published\n- who chairs next time\n");
            // a pack whose name says nothing, and a paper written as markdown: kept, by what is in them
            File.WriteAllText(Path.Combine(dir, "zz-misc.md"), "# WESTBRIDGE COUNCIL\n\n## Cabinet\n\nDate: Monday 7th June 2021\nTime: 10:00am\n\n## AGENDA\n\n" +
                                                              "Item 1 Apologies for absence\nItem 2 Budget monitoring\n");
            File.WriteAllText(Path.Combine(dir, "readme.txt"), "NORTHFIELD COUNCIL\n\nMINUTES of the meeting of the Health and Wellbeing Board held on 2 March 2021\n\n" +
                                                               "PRESENT: Councillor A. Patel (Chair)\n");

            var (code, output, errors) = Cli("ingest", dir, "--db", t.Db);
            Assert.True(code == Program.Ok, errors);
            Assert.Contains("4 files: 2 added, 0 replaced, 0 unchanged, 0 failed, 2 skipped", output);
            var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.Single(lines, l => l.Contains("README.md: skipped, not a board paper"));
            Assert.Single(lines, l => l.Contains("notes.txt: skipped, not a board paper"));
            Assert.Equal(["readme.txt", "zz-misc.md"], t.Store.Packs().Select(p => p.File).Order().ToArray());
            Assert.Empty(t.Store.Search("wiki"));

            var again = t.Store.Ingest([dir]);
            Assert.Equal((0, 2, 2, 0), (again.Added, again.Unchanged, again.Skipped, again.Failed));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void A_store_that_cannot_be_opened_is_one_line_and_exit_code_3()
    {
        var (code, _, errors) = Cli("meetings", "--db", Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "x.db"));
        Assert.Equal(Minutebook.Cli.Commands.RegisterCommands.StoreFailed, code);
        Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("minutebook: cannot open the store", errors);
    }
}
