using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using Minutebook.Reading;
using Minutebook.Store.Engine;
using Minutebook.Store.Linking;

namespace Minutebook.Store.Ingest;

/// <summary>What happened to one file.</summary>
public sealed record PackResult(string Path, PackOutcome Outcome, int Pages, string? Error)
{
    /// <summary>For a <see cref="PackOutcome.Skipped"/> file: one line naming the file and why it was not stored.</summary>
    public string? Note { get; init; }
}

/// <summary>Told about each file as it is done (from the writer thread, one call at a time).</summary>
public interface IIngestObserver
{
    void Started(int files) { }
    void Done(PackResult result);
}

public sealed record IngestSummary(int Files, int Added, int Replaced, int Unchanged, int Failed, int Pages, int Meetings, TimeSpan Elapsed)
{
    /// <summary>Of <see cref="Elapsed"/>, the time spent recomputing links across meetings at the end.</summary>
    public TimeSpan Linking { get; init; }

    /// <summary>Files read but not stored because they are not board papers (a README, notes).</summary>
    public int Skipped { get; init; }

    public double PacksPerSecond => Elapsed.TotalSeconds > 0 ? (Added + Replaced) / Elapsed.TotalSeconds : 0;
}

public sealed class IngestOptions
{
    /// <summary>Packs extracted at once; default one per core.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>Packs written per transaction (each in its own savepoint).</summary>
    public int BatchSize { get; init; } = 64;
    /// <summary>Extracted packs waiting for the writer; bounds memory.</summary>
    public int Queue { get; init; } = 16;
}

/// <summary>
/// Reads files (folders recursively), extracts them in parallel, and writes them through one writer in batched
/// transactions, each pack atomic; then recomputes the links across meetings for the bodies it touched.
/// A file that cannot be read is reported and the batch goes on; a file that is not a board paper (a README) is skipped, saying why.
/// </summary>
public sealed class Ingestor(RegisterStore store, IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();

    /// <summary>Called at each step of writing a pack (tests inject failures here).</summary>
    internal Action<string, string>? StepHook { get; set; }

    /// <summary>The files under the paths: files as given, folders recursively (hidden entries skipped), in name order.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, List<PackResult> missing)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path)) files.Add(path);
            else missing.Add(new PackResult(path, PackOutcome.Failed, 0, $"{path}: no such file or folder"));
        }
        return files.Select(Path.GetFullPath).Distinct().ToList();
    }

    public IngestSummary Ingest(IEnumerable<string> paths, IIngestObserver? observer = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var early = new List<PackResult>();
        var files = ExpandPaths(paths, early);
        observer?.Started(files.Count + early.Count);
        foreach (var r in early) observer?.Done(r);

        HashSet<string> known;
        using (var db = store.Connect())
            known = db.Query("SELECT sha256 FROM packs", r => r.S(0)).ToHashSet(StringComparer.Ordinal);

        return Pipelined(files, file => Extract(file, known), observer, clock, early, cancel);
    }

    /// <summary>
    /// Prepares packs on <see cref="IngestOptions.Parallelism"/> threads and writes them on this one, through a
    /// bounded queue (memory stays flat however many there are).
    /// </summary>
    public IngestSummary WriteParallel<T>(IEnumerable<T> sources, Func<T, PreparedPack> prepare, IIngestObserver? observer = null, CancellationToken cancel = default) =>
        Pipelined(sources, s =>
        {
            var p = prepare(s);
            return new Item(p.Path, p, null, false, p.PageCount ?? 0);
        }, observer, Stopwatch.StartNew(), [], cancel);

    private IngestSummary Pipelined<T>(IEnumerable<T> sources, Func<T, Item> extract, IIngestObserver? observer, Stopwatch clock, List<PackResult> early, CancellationToken cancel)
    {
        var channel = Channel.CreateBounded<Item>(new BoundedChannelOptions(_options.Queue) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(sources, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = stop.Token },
                    async (source, ct) => await channel.Writer.WriteAsync(extract(source), ct));
            }
            finally { channel.Writer.Complete(); }
        }, stop.Token);

        IngestSummary summary;
        try { summary = WriteAll(channel.Reader.ReadAllAsync(cancel).ToBlockingEnumerable(cancel), observer, clock, early); }
        catch
        {
            // the writer failed (the store went away): stop the extractors waiting on a full queue
            stop.Cancel();
            try { producer.Wait(); } catch (AggregateException) { }
            throw;
        }
        producer.GetAwaiter().GetResult();
        return summary;
    }

    /// <summary>Writes packs already extracted (tests, the synthetic register).</summary>
    public IngestSummary Write(IEnumerable<PreparedPack> packs, IIngestObserver? observer = null) =>
        WriteAll(packs.Select(p => new Item(p.Path, p, null, false, p.PageCount ?? 0)), observer, Stopwatch.StartNew(), []);

    private sealed record Item(string Path, PreparedPack? Pack, string? Error, bool Unchanged, int Pages, string? Skipped = null);

    private static Item Extract(string path, HashSet<string> known)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > PackLoader.MaxPdfBytes)
                throw new InputException(path, $"the file is {info.Length / (1024 * 1024)} MB, larger than Minutebook reads");
            byte[] bytes;
            try { bytes = File.ReadAllBytes(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException(path, e is UnauthorizedAccessException ? "permission denied" : e.Message); }
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (known.Contains(sha)) return new Item(path, null, null, true, 0);
            var source = PackLoader.Read(Path.GetFileName(path), bytes, path);
            var record = Pipeline.Run(source);
            if (BoardPaper.WhyNot(record) is { } reason) return new Item(path, null, null, false, 0, $"{path}: skipped, {reason}");
            var pack = PreparedPack.From(path, source, record, sha);
            return new Item(path, pack, null, false, pack.PageCount ?? 0);
        }
        catch (InputException e) { return new Item(path, null, e.Message, false, 0); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Item(path, null, $"{path}: could not be read ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")})", false, 0);
        }
    }

    private IngestSummary WriteAll(IEnumerable<Item> items, IIngestObserver? observer, Stopwatch clock, List<PackResult> early)
    {
        int added = 0, replaced = 0, unchanged = 0, skipped = 0, failed = early.Count, pages = 0, files = early.Count;
        using var db = store.Connect();
        // the writer reads little: no memory map, so memory stays flat however large the store grows
        if (!db.IsPostgres) db.Execute("PRAGMA mmap_size=0");
        var writer = new PackWriter(db);
        if (StepHook is { } hook) writer.StepHook = step => hook(_current ?? "", step);
        var stamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ");
        var pending = new List<PackResult>();
        int inBatch = 0;

        void Flush()
        {
            if (db.InTransaction) db.Commit();
            foreach (var r in pending) observer?.Done(r);
            pending.Clear();
            inBatch = 0;
        }

        foreach (var item in items)
        {
            files++;
            PackResult result;
            if (item.Error is not null) result = new PackResult(item.Path, PackOutcome.Failed, 0, item.Error);
            else if (item.Skipped is not null) result = new PackResult(item.Path, PackOutcome.Skipped, 0, null) { Note = item.Skipped };
            else if (item.Unchanged || item.Pack is null) result = new PackResult(item.Path, PackOutcome.Unchanged, 0, null);
            else
            {
                if (!db.InTransaction) db.Begin();
                try
                {
                    _current = item.Path;
                    var outcome = writer.Write(item.Pack, stamp);
                    result = new PackResult(item.Path, outcome, item.Pages, null);
                    inBatch++;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    result = new PackResult(item.Path, PackOutcome.Failed, 0, $"{item.Path}: could not be stored ({e.Message.ReplaceLineEndings(" ")})");
                }
            }
            switch (result.Outcome)
            {
                case PackOutcome.Added: added++; break;
                case PackOutcome.Replaced: replaced++; break;
                case PackOutcome.Unchanged: unchanged++; break;
                case PackOutcome.Skipped: skipped++; break;
                default: failed++; break;
            }
            pages += result.Pages;
            pending.Add(result);
            if (inBatch >= _options.BatchSize || !db.InTransaction) Flush();
        }
        Flush();
        _current = null;

        var (bodies, scopes) = writer.TakeTouched();
        var linking = Stopwatch.StartNew();
        if (bodies.Count > 0 || scopes.Count > 0) new Relinker(db).Run(bodies, scopes);
        linking.Stop();
        int meetings = (int)(db.Long("SELECT count(*) FROM meetings") ?? 0);
        return new IngestSummary(files, added, replaced, unchanged, failed, pages, meetings, clock.Elapsed) { Linking = linking.Elapsed, Skipped = skipped };
    }

    private string? _current;
}
