using System.CommandLine;
using Minutebook.Model;
using Minutebook.Reading;
using Minutebook.Store;
using Minutebook.Store.Engine;
using Minutebook.Store.Ingest;
using Minutebook.Web;
using Minutebook.Web.Data;

namespace Minutebook.Cli.Commands;

/// <summary>
/// <c>minutebook serve [--urls URL] [--db FILE] [--ingest PATH...]</c>: the web register, on 127.0.0.1 by default.
/// <c>minutebook demo</c>: the same, with samples/ (and ../shared/corpus when present) loaded.
/// </summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var urls = new Option<string>("--urls") { Description = "Address to listen on", DefaultValueFactory = _ => DefaultUrls };
        var db = new Option<string>("--db") { Description = "The register: a SQLite file, postgres://… URL or Host=… connection string", DefaultValueFactory = _ => "minutebook.db" };
        var ingest = new Option<string[]>("--ingest") { Description = "Files or folders of packs to ingest into the register before serving", AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.ZeroOrMore };
        var verbose = new Option<bool>("--verbose") { Description = "Log each request" };
        var command = new Command("serve", "Serve the register as a web site (read-only to the public; officers sign in to edit)") { urls, db, ingest, verbose };
        command.SetAction(parse => Serve(parse.GetValue(urls)!, parse.GetValue(db)!, parse.GetValue(ingest) ?? [], parse.GetValue(verbose), stdout, stderr));
        return command;
    }

    public static Command CreateDemo(TextWriter stdout, TextWriter stderr)
    {
        var urls = new Option<string>("--urls") { Description = "Address to listen on", DefaultValueFactory = _ => DefaultUrls };
        var db = new Option<string>("--db") { Description = "The register's database file", DefaultValueFactory = _ => "minutebook.db" };
        var command = new Command("demo", "Load samples/ (and ../shared/corpus when present) and serve the register") { urls, db };
        command.SetAction(parse =>
        {
            var paths = new[] { "samples", Path.Combine("..", "shared", "corpus") }.Where(Directory.Exists).ToArray();
            if (paths.Length == 0) stderr.WriteLine("minutebook: neither samples/ nor ../shared/corpus is here; serving an empty register");
            return Serve(parse.GetValue(urls)!, parse.GetValue(db)!, paths, false, stdout, stderr);
        });
        return command;
    }

    private static int Serve(string urls, string db, string[] ingest, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        RegisterStore store;
        try { store = RegisterStore.Open(db); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"minutebook: {db}: cannot open the register ({e.Message.ReplaceLineEndings(" ")})");
            return Program.UsageError;
        }
        int failed = 0;
        if (ingest.Length > 0)
        {
            var summary = store.Ingest(ingest, new ErrorLines(stderr));
            failed = summary.Failed;
            stdout.WriteLine($"{summary.Files} files: {summary.Added} added, {summary.Replaced} replaced, {summary.Unchanged} unchanged, {summary.Failed} failed; " +
                             $"{summary.Meetings} meetings in {store.Engine.Display}.");
        }
        // officer accounts, action states and the audit trail live in the same SQLite file (or beside a PostgreSQL register)
        var webDb = store.Engine is SqliteEngine sqlite ? sqlite.Path : "minutebook-web.db";
        MinutebookWeb.Serve(new WebOptions { Urls = urls, DbPath = webDb, Register = new StoreRegister(store), Verbose = verbose },
            address => stdout.WriteLine($"Minutebook is serving the register at {address} (Ctrl+C to stop)."));
        return failed == 0 ? Program.Ok : Program.SomeFilesFailed;
    }

    private sealed class ErrorLines(TextWriter stderr) : IIngestObserver
    {
        public void Done(PackResult result)
        {
            if (result.Error is not null) stderr.WriteLine($"minutebook: {result.Error}");
            else if (result.Note is not null) stderr.WriteLine($"minutebook: {result.Note}");
        }
    }

    /// <summary>Reads every pack under the paths (on all cores, <see cref="PackBatch"/>) and adds it to the register in path order; one line per failure.</summary>
    public static int Load(IRegister register, IEnumerable<string> paths, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
                files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".md" or ".pdf").Order(StringComparer.Ordinal));
            else files.Add(p);
        }
        if (files.Count == 0) return 0;
        int failures = 0;
        PackBatch.ForEach(files, SourceBatch.Parallelism, path =>
        {
            try
            {
                var pack = PackLoader.Load(path);
                return (Pack: (SourcePack?)pack, Record: (PackRecord?)Pipeline.Run(pack), Error: (string?)null);
            }
            catch (InputException e) { return (null, null, e.Message); }
            catch (Exception e) when (e is not OutOfMemoryException) { return (null, null, SourceBatch.Unreadable(path, e)); }
        }, (_, result) =>
        {
            if (result.Error is not null) { stderr.WriteLine($"minutebook: {result.Error}"); failures++; }
            else register.Add(result.Pack!, result.Record!);
        });
        stdout.WriteLine($"Loaded {files.Count - failures} of {files.Count} packs ({register.Meetings.Count} meetings).");
        return failures;
    }
}
