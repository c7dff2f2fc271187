using System.Diagnostics;
using Minutebook.Store;
using Minutebook.Store.Engine;
using Minutebook.Store.Ingest;
using Minutebook.Store.Queries;
using Minutebook.Store.Synthetic;

namespace Minutebook.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Minutebook.Bench -- register [--meetings N] [--db FILE|postgres://…] [--queries N] [--keep]</c>:
/// builds a synthetic register of N meetings (default 10,000) from the text corpus with <see cref="RegisterGenerator"/>,
/// ingests it (packs prepared in parallel, written in batches), and reports the ingest rate, memory while ingesting,
/// and search latency (median and 95th percentile) over a set of queries with and without filters.
/// </summary>
public static class RegisterBench
{
    private static readonly string[] Queries =
    [
        "discharge to assess", "better care fund", "mental health", "carers", "public health", "safeguarding adults", "integrated care",
        "health inequalities", "domiciliary care", "budget", "\"health and wellbeing strategy\"", "covid vaccination", "children",
        "housing", "workforce", "primary care networks", "reablement", "dementia", "obesity OR smoking", "strategy -covid",
    ];

    public static int Run(string[] args)
    {
        int meetings = IntArg(args, "--meetings", 10_000);
        int queries = IntArg(args, "--queries", 400);
        string? dbArg = StringArg(args, "--db");
        bool keep = args.Contains("--keep");
        var folder = BenchCorpus.FindTextFolder() ?? throw new DirectoryNotFoundException("no text corpus found");
        var db = dbArg ?? Path.Combine(Path.GetTempPath(), $"minutebook-register-{Environment.ProcessId}.db");
        if (dbArg is null) foreach (var f in Directory.GetFiles(Path.GetDirectoryName(db)!, Path.GetFileName(db) + "*")) File.Delete(f);

        Console.WriteLine($"register benchmark: {meetings:N0} meetings from {folder}, store {db}");
        var generator = RegisterGenerator.FromFiles(Directory.GetFiles(folder).Order(StringComparer.Ordinal));
        var store = RegisterStore.Open(db);

        // memory while ingesting: sampled every 500 packs
        var samples = new List<(int Packs, long Managed, long WorkingSet)>();
        var observer = new Sampler(samples);
        var ingestProcess = Process.GetCurrentProcess();
        var ingestCpu = ingestProcess.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var summary = new Ingestor(store).WriteParallel(Enumerable.Range(0, meetings), i => generator.Pack(i), observer);
        clock.Stop();
        ingestProcess.Refresh();
        var ingestCpuSeconds = (ingestProcess.TotalProcessorTime - ingestCpu).TotalSeconds;
        var counts = store.Count();
        Console.WriteLine($"ingest: {summary.Added:N0} packs in {clock.Elapsed.TotalSeconds:0.0} s = {summary.Added / clock.Elapsed.TotalSeconds:0} packs/s " +
                          $"({summary.Failed} failed), including linking across meetings ({summary.Linking.TotalSeconds:0.0} s)");
        Console.WriteLine($"  CPU time {ingestCpuSeconds:0.0} s over both cores = {summary.Added / ingestCpuSeconds:0} packs per CPU-second (load average {LoadAverage()})");
        Console.WriteLine($"register: {counts.Meetings:N0} meetings, {counts.Bodies} bodies, {counts.People:N0} people, {counts.AgendaItems:N0} agenda items, " +
                          $"{counts.Resolutions:N0} resolutions, {counts.Actions:N0} actions, {counts.Reports:N0} reports");
        if (store.Engine is SqliteEngine sqlite)
            Console.WriteLine($"store size: {new FileInfo(sqlite.Path).Length / (1024.0 * 1024):0} MB (+ WAL)");
        if (samples.Count > 0)
        {
            Console.WriteLine("memory while ingesting (packs: managed heap / working set, MB):");
            Console.WriteLine("  " + string.Join("  ", samples.Where((_, k) => k % Math.Max(1, samples.Count / 8) == 0 || k == samples.Count - 1)
                .Select(s => $"{s.Packs:N0}: {s.Managed / 1048576}/{s.WorkingSet / 1048576}")));
            var later = samples.Skip(samples.Count / 4).ToList();
            Console.WriteLine($"  working set after the first quarter: min {later.Min(s => s.WorkingSet) / 1048576} MB, max {later.Max(s => s.WorkingSet) / 1048576} MB");
        }

        // search latency
        var searches = new List<SearchQuery>();
        for (int i = 0; i < queries; i++)
        {
            var text = Queries[i % Queries.Length];
            searches.Add((i / Queries.Length % 4) switch
            {
                0 => new SearchQuery { Text = text },
                1 => new SearchQuery { Text = text, Authority = "Northfield" },
                2 => new SearchQuery { Text = text, Body = "Health and Wellbeing Board", From = new DateOnly(2016, 1, 1), To = new DateOnly(2018, 12, 31) },
                _ => new SearchQuery { Text = text, Kinds = ["resolution", "agendaItem"] },
            });
        }
        foreach (var q in searches.Take(Queries.Length)) store.Search(q); // warm up
        var times = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        var slowest = new List<(double Ms, string Query)>();
        int hits = 0;
        foreach (var q in searches)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var t = Stopwatch.StartNew();
            hits += store.Search(q).Count;
            times.Add(t.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpu0).TotalMilliseconds);
            slowest.Add((t.Elapsed.TotalMilliseconds, $"{q.Text} [{q.Authority}{q.Body}{string.Join(",", q.Kinds)}]"));
        }
        if (args.Contains("--verbose"))
            foreach (var (ms, text) in slowest.OrderByDescending(s => s.Ms).Take(10)) Console.WriteLine($"  {ms,7:0.0} ms  {text}");
        times.Sort();
        cpu.Sort();
        static double Pct(List<double> xs, double p) => xs[Math.Min(xs.Count - 1, (int)Math.Ceiling(p * xs.Count) - 1)];
        Console.WriteLine($"search: {times.Count} queries (top 20, with snippets; a quarter each unfiltered, by authority, by body and dates, by kind), {hits:N0} hits");
        Console.WriteLine($"  wall clock: median {Pct(times, 0.5):0.0} ms, p95 {Pct(times, 0.95):0.0} ms, max {times[^1]:0.0} ms  (goal: p95 < 50 ms)");
        Console.WriteLine($"  CPU time:   median {Pct(cpu, 0.5):0.0} ms, p95 {Pct(cpu, 0.95):0.0} ms, max {cpu[^1]:0.0} ms  (the same work on an idle machine; load average now {LoadAverage()})");

        var clockActions = Stopwatch.StartNew();
        var open = store.Actions(new ActionQuery { Status = ActionFilter.Open, Body = "Health and Wellbeing" }).Count;
        Console.WriteLine($"actions --open --body \"Health and Wellbeing\": {open:N0} in {clockActions.Elapsed.TotalMilliseconds:0} ms");

        if (dbArg is null && !keep)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in Directory.GetFiles(Path.GetDirectoryName(db)!, Path.GetFileName(db) + "*")) File.Delete(f);
        }
        return 0;
    }

    private sealed class Sampler(List<(int, long, long)> samples) : IIngestObserver
    {
        private int _done;

        public void Done(PackResult result)
        {
            if (++_done % 500 != 0) return;
            samples.Add((_done, GC.GetTotalMemory(false), Process.GetCurrentProcess().WorkingSet64));
        }
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }

    private static string? StringArg(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
