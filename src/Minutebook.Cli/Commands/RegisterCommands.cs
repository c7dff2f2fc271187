using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Minutebook.Output;
using Minutebook.Store;
using Minutebook.Store.Ingest;
using Minutebook.Store.Queries;
using Spectre.Console;

namespace Minutebook.Cli.Commands;

/// <summary>
/// The register commands: <c>ingest</c> packs into a store, then query it with <c>search</c>, <c>actions</c>,
/// <c>meetings</c>, <c>person</c> and <c>series</c>. Each takes <c>--db</c> (a SQLite file, default minutebook.db,
/// or a PostgreSQL URL / connection string) and the queries take <c>--json</c>.
/// </summary>
public static class RegisterCommands
{
    /// <summary>Exit code when the store cannot be opened or queried.</summary>
    public const int StoreFailed = 3;

    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr) =>
    [
        Ingest(stdout, stderr),
        Search(stdout, stderr),
        Actions(stdout, stderr),
        Meetings(stdout, stderr),
        Person(stdout, stderr),
        Series(stdout, stderr),
    ];

    private static Option<string?> DbOption() => new("--db")
    {
        Description = "The store: a SQLite file (default minutebook.db), postgres://user:pass@host/db, or Host=…;Database=… ",
    };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print JSON instead of text" };

    private static readonly JsonSerializerOptions Json = JsonContract.Options;

    /// <summary>Opens the store and runs a query, turning store failures into one line and exit code 3.</summary>
    private static int WithStore(string? db, TextWriter stderr, Func<RegisterStore, int> body)
    {
        RegisterStore store;
        try { store = RegisterStore.Open(db); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"minutebook: cannot open the store {db ?? "minutebook.db"}: {e.Message.ReplaceLineEndings(" ")}");
            return StoreFailed;
        }
        try { return body(store); }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            stderr.WriteLine($"minutebook: {store.Engine.Display}: {e.Message.ReplaceLineEndings(" ")}");
            return StoreFailed;
        }
    }

    private static bool TryDate(string? text, string option, TextWriter stderr, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        stderr.WriteLine($"minutebook: {option} {text}: not a date (write it as YYYY-MM-DD)");
        return false;
    }

    private static string Cite(Citation c) =>
        $"{c.File} line {c.Line}" + (c.Page is { } p ? $", page {p}" : "") + (c.PdfPage is { } pp && pp != c.Page ? $" (PDF page {pp})" : "");

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "(no date)";

    // ------------------------------------------------------------------ ingest

    private static Command Ingest(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Packs (text or PDF) and folders of packs, read recursively", Arity = ArgumentArity.OneOrMore };
        var db = DbOption();
        var json = JsonOption();
        var command = new Command("ingest", "Extract packs and store them in the register (idempotent: unchanged files are skipped)") { paths, db, json };
        command.SetAction(parse => WithStore(parse.GetValue(db), stderr, store =>
        {
            var summary = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
                ? IngestWithProgress(store, parse.GetValue(paths)!)
                : store.Ingest(parse.GetValue(paths)!, new PlainObserver(stderr));
            if (parse.GetValue(json)) stdout.WriteLine(JsonSerializer.Serialize(summary, Json));
            else
                stdout.WriteLine(
                    $"{summary.Files} files: {summary.Added} added, {summary.Replaced} replaced, {summary.Unchanged} unchanged, {summary.Failed} failed" +
                    (summary.Skipped > 0 ? $", {summary.Skipped} skipped (not board papers)" : "") + "; " +
                    $"{summary.Pages} pages; {summary.Meetings} meetings in {store.Engine.Display} " +
                    $"({summary.Elapsed.TotalSeconds:0.0} s, {summary.PacksPerSecond:0.0} packs/s)");
            return summary.Failed == 0 ? Program.Ok : Program.SomeFilesFailed;
        }));
        return command;
    }

    private sealed class PlainObserver(TextWriter stderr) : IIngestObserver
    {
        public void Done(PackResult result)
        {
            if (result.Error is not null) stderr.WriteLine($"minutebook: {result.Error}");
            else if (result.Note is not null) stderr.WriteLine($"minutebook: {result.Note}");
        }
    }

    private static IngestSummary IngestWithProgress(RegisterStore store, string[] paths)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestSummary? summary = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("reading", maxValue: 1);
                var observer = new ProgressObserver(task, console);
                summary = store.Ingest(paths, observer);
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private sealed class ProgressObserver(ProgressTask task, IAnsiConsole console) : IIngestObserver
    {
        private int _files, _pages, _errors;

        public void Started(int files)
        {
            task.MaxValue = Math.Max(1, files);
            Describe();
        }

        public void Done(PackResult result)
        {
            _files++;
            _pages += result.Pages;
            if (result.Error is not null)
            {
                _errors++;
                console.MarkupLine("[red]minutebook:[/] " + Markup.Escape(result.Error));
            }
            else if (result.Note is not null) console.MarkupLine("[yellow]minutebook:[/] " + Markup.Escape(result.Note));
            task.Increment(1);
            Describe();
        }

        private void Describe() => task.Description = $"{_files} files, {_pages} pages, {_errors} errors";
    }

    // ------------------------------------------------------------------ search

    private static Command Search(TextWriter stdout, TextWriter stderr)
    {
        var text = new Argument<string>("query") { Description = "Words, \"phrases\", OR, -excluded" };
        var authority = new Option<string?>("--authority") { Description = "Only papers of this authority" };
        var body = new Option<string?>("--body") { Description = "Only papers of this body (committee or board)" };
        var from = new Option<string?>("--from") { Description = "Meetings on or after YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "Meetings on or before YYYY-MM-DD" };
        var kind = new Option<string[]>("--kind") { Description = "agendaItem, resolution, report or text (repeatable)", AllowMultipleArgumentsPerToken = true };
        var limit = new Option<int>("--limit") { Description = "Most hits shown", DefaultValueFactory = _ => 20 };
        var db = DbOption();
        var json = JsonOption();
        var command = new Command("search", "Ranked full-text search over agenda items, resolutions, reports and pack text")
            { text, authority, body, from, to, kind, limit, db, json };
        command.SetAction(parse =>
        {
            if (!TryDate(parse.GetValue(from), "--from", stderr, out var fromDate) || !TryDate(parse.GetValue(to), "--to", stderr, out var toDate))
                return Program.UsageError;
            var kinds = parse.GetValue(kind) ?? [];
            var unknown = kinds.FirstOrDefault(k => !SearchKinds.All.Contains(k));
            if (unknown is not null)
            {
                stderr.WriteLine($"minutebook: --kind {unknown}: not one of {string.Join(", ", SearchKinds.All)}");
                return Program.UsageError;
            }
            return WithStore(parse.GetValue(db), stderr, store =>
            {
                var hits = store.Search(new SearchQuery
                {
                    Text = parse.GetValue(text)!,
                    Authority = parse.GetValue(authority),
                    Body = parse.GetValue(body),
                    From = fromDate,
                    To = toDate,
                    Kinds = kinds,
                    Limit = parse.GetValue(limit),
                });
                if (parse.GetValue(json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(hits, Json));
                    return Program.Ok;
                }
                if (hits.Count == 0) stdout.WriteLine("No matches.");
                int n = 0;
                foreach (var h in hits)
                {
                    var where = string.Join(", ", new[] { h.Body, h.Date is null ? null : Day(h.Date) }.Where(s => s is not null));
                    stdout.WriteLine($"{++n}. [{h.Kind}] {h.Title}{(where.Length > 0 ? " — " + where : "")}");
                    stdout.WriteLine($"   {h.Snippet}");
                    stdout.WriteLine($"   {Cite(h.Source)}");
                }
                return Program.Ok;
            });
        });
        return command;
    }

    // ------------------------------------------------------------------ actions

    private static Command Actions(TextWriter stdout, TextWriter stderr)
    {
        var open = new Option<bool>("--open") { Description = "Only actions not yet answered (overdue ones included)" };
        var overdue = new Option<bool>("--overdue") { Description = "Only open actions past their due date" };
        var closed = new Option<bool>("--closed") { Description = "Only actions a later item or report answered" };
        var body = new Option<string?>("--body") { Description = "Only actions of this body" };
        var authority = new Option<string?>("--authority") { Description = "Only actions of this authority" };
        var asOf = new Option<string?>("--as-of") { Description = "Judge overdue against this day (YYYY-MM-DD) instead of today" };
        var db = DbOption();
        var json = JsonOption();
        var command = new Command("actions", "Actions from the minutes, followed through later meetings") { open, overdue, closed, body, authority, asOf, db, json };
        command.SetAction(parse =>
        {
            if (!TryDate(parse.GetValue(asOf), "--as-of", stderr, out var asOfDate)) return Program.UsageError;
            var filter = parse.GetValue(overdue) ? ActionFilter.Overdue : parse.GetValue(open) ? ActionFilter.Open : parse.GetValue(closed) ? ActionFilter.Closed : ActionFilter.All;
            return WithStore(parse.GetValue(db), stderr, store =>
            {
                var actions = store.Actions(new ActionQuery { Status = filter, Body = parse.GetValue(body), Authority = parse.GetValue(authority), AsOf = asOfDate });
                if (parse.GetValue(json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(actions, Json));
                    return Program.Ok;
                }
                if (actions.Count == 0) stdout.WriteLine("No actions.");
                foreach (var a in actions)
                {
                    stdout.WriteLine($"[{a.Status}] {a.Text}");
                    var meta = new List<string> { $"{a.Body ?? "(body unknown)"}, {Day(a.MeetingDate)}" };
                    if (a.Owner is not null) meta.Add("owner " + a.Owner);
                    if (a.Due is not null || a.DueText is not null) meta.Add("due " + (a.Due is { } d ? Day(d) : a.DueText));
                    stdout.WriteLine("   " + string.Join("; ", meta));
                    if (a.ClosedBy is { } c) stdout.WriteLine($"   answered by {c.Kind} \"{c.Title}\" at the meeting of {Day(c.Date)}");
                    stdout.WriteLine($"   {Cite(a.Source)}");
                }
                return Program.Ok;
            });
        });
        return command;
    }

    // ------------------------------------------------------------------ meetings

    private static Command Meetings(TextWriter stdout, TextWriter stderr)
    {
        var body = new Option<string?>("--body") { Description = "Only meetings of this body" };
        var authority = new Option<string?>("--authority") { Description = "Only meetings of this authority" };
        var from = new Option<string?>("--from") { Description = "On or after YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "On or before YYYY-MM-DD" };
        var db = DbOption();
        var json = JsonOption();
        var command = new Command("meetings", "The meetings in the register, newest first, with the packs that record them") { body, authority, from, to, db, json };
        command.SetAction(parse =>
        {
            if (!TryDate(parse.GetValue(from), "--from", stderr, out var fromDate) || !TryDate(parse.GetValue(to), "--to", stderr, out var toDate))
                return Program.UsageError;
            return WithStore(parse.GetValue(db), stderr, store =>
            {
                var meetings = store.Meetings(new MeetingQuery { Body = parse.GetValue(body), Authority = parse.GetValue(authority), From = fromDate, To = toDate });
                if (parse.GetValue(json))
                {
                    stdout.WriteLine(JsonSerializer.Serialize(meetings, Json));
                    return Program.Ok;
                }
                if (meetings.Count == 0) stdout.WriteLine("No meetings.");
                foreach (var m in meetings)
                {
                    var has = string.Join(" + ", new[] { m.HasAgenda ? "agenda" : null, m.HasMinutes ? "minutes" : null }.Where(s => s is not null));
                    stdout.WriteLine($"{Day(m.Date)}  {m.Body ?? "(body unknown)"}{(m.Authority is null ? "" : ", " + m.Authority)}  [{(has.Length > 0 ? has : "no agenda or minutes")}]");
                    stdout.WriteLine($"   {m.AgendaItems} agenda items, {m.MinuteItems} minute items, {m.Actions} actions; from {string.Join(", ", m.Packs.Select(p => $"{p.File} ({p.Role})"))}");
                }
                return Program.Ok;
            });
        });
        return command;
    }

    // ------------------------------------------------------------------ person

    private static Command Person(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("name") { Description = "A name as printed: \"Jane Slater\", \"J. Slater\", \"Slater\"" };
        var db = DbOption();
        var json = JsonOption();
        var command = new Command("person", "A person's attendance record across meetings") { name, db, json };
        command.SetAction(parse => WithStore(parse.GetValue(db), stderr, store =>
        {
            var people = store.People(parse.GetValue(name)!);
            if (parse.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize(people, Json));
                return Program.Ok;
            }
            if (people.Count == 0) stdout.WriteLine("No one of that name.");
            foreach (var p in people)
            {
                stdout.WriteLine($"{p.Name}{(p.Authority is null ? "" : ", " + p.Authority)}: present {p.Present}, apologies {p.Apologies}, absent {p.Absent}, in attendance {p.InAttendance}");
                stdout.WriteLine($"   printed as: {string.Join("; ", p.NamesPrinted)}");
                foreach (var m in p.Meetings)
                    stdout.WriteLine($"   {Day(m.Date)}  {m.Body ?? "(body unknown)"}  {m.Status}{(m.Role is null ? "" : " (" + m.Role + ")")}  — {Cite(m.Source)}");
            }
            return Program.Ok;
        }));
        return command;
    }

    // ------------------------------------------------------------------ series

    private static Command Series(TextWriter stdout, TextWriter stderr)
    {
        var indicator = new Argument<string>("indicator") { Description = "Part of the indicator's or budget line's name" };
        var db = DbOption();
        var json = JsonOption();
        var command = new Command("series", "An indicator or budget line across packs, as a time series") { indicator, db, json };
        command.SetAction(parse => WithStore(parse.GetValue(db), stderr, store =>
        {
            var rows = store.Series(parse.GetValue(indicator)!);
            if (parse.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize(rows, Json));
                return Program.Ok;
            }
            if (rows.Count == 0) stdout.WriteLine("No indicator or budget line of that name.");
            foreach (var g in rows.GroupBy(r => r.Name))
            {
                stdout.WriteLine($"{g.Key} ({g.First().Kind})");
                foreach (var r in g)
                {
                    var value = r.Value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) + (r.Unit is "%" ? "%" : "") : "—";
                    stdout.WriteLine($"   {Day(r.MeetingDate)}  {r.Period ?? "",-10} {value,14}  {r.Text}{(r.Source is { } s ? "  — " + Cite(s) : "")}");
                }
            }
            return Program.Ok;
        }));
        return command;
    }
}
