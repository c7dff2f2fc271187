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
    /// <summary>
    /// The query mix, by kind: what people type into a register's search box. Common words match most of the
    /// register (the hardest case for a ranked search), rare words a few packs, phrases need word positions.
    /// </summary>
    private static readonly (string Kind, string[] Texts)[] QueryMix =
    [
        ("common word", ["health", "care", "council", "services", "budget", "children", "housing", "workforce", "strategy", "report"]),
        ("common words", ["mental health", "public health", "integrated care", "better care fund", "health inequalities", "primary care networks",
            "adult social care", "covid vaccination", "domiciliary care", "safeguarding adults"]),
        ("phrase", ["\"discharge to assess\"", "\"health and wellbeing strategy\"", "\"better care fund\"", "\"public health\"",
            "\"integrated care system\"", "\"local area coordination\""]),
        ("rare word", ["reablement", "obesity", "loneliness", "dentistry", "immunisation", "asylum", "autism", "suicide", "fluoride"]),
        ("boolean/prefix", ["obesity OR smoking", "strategy -covid", "vaccin*", "carers OR \"unpaid care\"", "housing -homelessness", "dementia OR autism"]),
    ];

    /// <summary>The filters each query text is run with (every text with every filter).</summary>
    private static readonly (string Name, Func<string, SearchQuery> Make)[] Filters =
    [
        ("no filter", t => new SearchQuery { Text = t }),
        ("authority", t => new SearchQuery { Text = t, Authority = "Northfield" }),
        ("body+dates", t => new SearchQuery { Text = t, Body = "Health and Wellbeing Board", From = new DateOnly(2016, 1, 1), To = new DateOnly(2018, 12, 31) }),
        ("kind", t => new SearchQuery { Text = t, Kinds = ["resolution", "agendaItem"] }),
        ("dates", t => new SearchQuery { Text = t, From = new DateOnly(2019, 3, 15), To = new DateOnly(2020, 2, 10) }),
    ];

    public static int Run(string[] args)
    {
        int meetings = BenchArgs.Int(args, "--meetings", 10_000);
        int queries = BenchArgs.Int(args, "--queries", 400);
        string? dbArg = BenchArgs.String(args, "--db");
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
        var summary = args.Contains("--search-only") ? new IngestSummary(0, 0, 0, 0, 0, 0, 0, TimeSpan.Zero)
            : new Ingestor(store).WriteParallel(Enumerable.Range(0, meetings), i => generator.Pack(i), observer);
        clock.Stop();
        ingestProcess.Refresh();
        var ingestCpuSeconds = (ingestProcess.TotalProcessorTime - ingestCpu).TotalSeconds;
        var counts = store.Count();
        Console.WriteLine($"ingest: {summary.Added:N0} packs in {clock.Elapsed.TotalSeconds:0.0} s = {summary.Added / clock.Elapsed.TotalSeconds:0} packs/s " +
                          $"({summary.Failed} failed), including linking across meetings ({summary.Linking.TotalSeconds:0.0} s)");
        Console.WriteLine($"  CPU time {ingestCpuSeconds:0.0} s over both cores = {summary.Added / ingestCpuSeconds:0} packs per CPU-second (load average {BenchStats.LoadAverage()})");
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

        // search latency: every query text with every filter, in a fixed shuffled order, repeated up to --queries
        var mix = QueryMix.SelectMany(k => k.Texts.SelectMany(t => Filters.Select(f => (Kind: k.Kind, Filter: f.Name, Query: f.Make(t))))).ToList();
        var order = Enumerable.Range(0, mix.Count).ToArray();
        new Random(5).Shuffle(order);
        var searches = Enumerable.Range(0, Math.Max(queries, 1)).Select(i => mix[order[i % mix.Count]]).ToList();
        foreach (var (_, _, q) in mix.Take(25)) store.Search(q); // warm up
        var measured = new List<(string Kind, string Filter, double Ms, double Cpu, string Query)>();
        var process = Process.GetCurrentProcess();
        int hits = 0;
        foreach (var (kind, filter, q) in searches)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var t = Stopwatch.StartNew();
            hits += store.Search(q).Count;
            var ms = t.Elapsed.TotalMilliseconds;
            process.Refresh();
            measured.Add((kind, filter, ms, (process.TotalProcessorTime - cpu0).TotalMilliseconds, $"{q.Text} [{filter}]"));
        }
        if (args.Contains("--verbose"))
            foreach (var m in measured.OrderByDescending(s => s.Ms).Take(10)) Console.WriteLine($"  {m.Ms,7:0.0} ms  {m.Query}");
        static double Pct(IEnumerable<double> values, double p)
        {
            var xs = values.Order().ToList();
            return xs[Math.Min(xs.Count - 1, Math.Max(0, (int)Math.Ceiling(p * xs.Count) - 1))];
        }
        static string Line(string name, IReadOnlyCollection<(string Kind, string Filter, double Ms, double Cpu, string Query)> ms) =>
            $"  {name,-16} {ms.Count,4}  median {Pct(ms.Select(m => m.Ms), 0.5),6:0.0} ms  p95 {Pct(ms.Select(m => m.Ms), 0.95),6:0.0} ms" +
            $"  (CPU median {Pct(ms.Select(m => m.Cpu), 0.5),5:0.0}, p95 {Pct(ms.Select(m => m.Cpu), 0.95),5:0.0})";
        Console.WriteLine($"search: {measured.Count} queries ({mix.Count} distinct: {QueryMix.Sum(k => k.Texts.Length)} texts x {Filters.Length} filters; top 20 with snippets), {hits:N0} hits");
        Console.WriteLine("  by kind of query (wall clock; CPU time is the same work on an idle machine):");
        foreach (var g in measured.GroupBy(m => m.Kind)) Console.WriteLine(Line(g.Key, g.ToList()));
        Console.WriteLine("  by filter:");
        foreach (var g in measured.GroupBy(m => m.Filter)) Console.WriteLine(Line(g.Key, g.ToList()));
        Console.WriteLine(Line("overall", measured) + $"  max {measured.Max(m => m.Ms):0.0} ms");
        Console.WriteLine($"  goal: p95 < 50 ms -> wall p95 {Pct(measured.Select(m => m.Ms), 0.95):0.0} ms, CPU p95 {Pct(measured.Select(m => m.Cpu), 0.95):0.0} ms (load average now {BenchStats.LoadAverage()})");

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
}
