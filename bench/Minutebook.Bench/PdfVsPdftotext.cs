using System.Diagnostics;
using Minutebook.Reading;

namespace Minutebook.Bench;

/// <summary>
/// <c>pdf-vs-pdftotext [folder] [--rounds N] [--threads N] [--repeat N]</c>: Minutebook's full extraction (PDF
/// reading and the whole pipeline, each file read, processed and dropped in turn) over every PDF in the folder
/// (default: shared/corpus/pdf), and in the same run <c>pdftotext -layout</c> (poppler-utils) over the same files,
/// the way a user runs it: one process per file.
/// <para>Both sides run with the same parallelism: N threads for Minutebook against N pdftotext processes at a time
/// (N = the cores, the headline ratio), and one thread against one process at a time (one core). Warm-up rounds
/// (JIT, disk cache) are not counted; then the variants run in turn, round after round, so a change of load
/// hits them alike, and the median round of each is reported with pages per second, the ratio Minutebook /
/// pdftotext (goal: at most 1.0), Minutebook's garbage collections and its peak working set. Last, the folder is
/// read <c>--repeat</c> times over in one batch to show that the peak working set does not grow with the number of
/// files.</para>
/// </summary>
public static class PdfVsPdftotext
{
    public static int Run(string[] args)
    {
        int rounds = BenchArgs.Int(args, "--rounds", 7, min: 1);
        int threads = BenchArgs.Int(args, "--threads", Environment.ProcessorCount, min: 1);
        int repeat = BenchArgs.Int(args, "--repeat", 5, min: 1);
        var folder = args.FirstOrDefault(a => !a.StartsWith("--") && Directory.Exists(a)) ?? BenchCorpus.FindPdfFolder();
        if (folder is null)
        {
            Console.Error.WriteLine("no PDF folder: give one, or run beside shared/corpus/pdf");
            return 2;
        }
        var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"{folder}: no .pdf files");
            return 2;
        }
        bool poppler = PdftotextAvailable();
        Console.WriteLine($"folder: {folder} ({files.Length} PDFs, {files.Sum(f => new FileInfo(f).Length) / 1e6:F1} MB)");
        Console.WriteLine($"cores: {Environment.ProcessorCount}; parallel variants use {threads} threads / {threads} pdftotext processes at a time; median of {rounds} rounds after a warm-up");
        Console.WriteLine($"load average before: {BenchStats.LoadAverage()}");

        var cold = Stopwatch.StartNew();
        var (pages, failed) = MinutebookRound(files, threads);
        cold.Stop();
        // more warm-up, not counted: the JIT recompiles hot code with profile data over the first rounds
        for (int w = 0; w < 3; w++) MinutebookRound(files, w == 2 ? 1 : threads);
        if (poppler) PdftotextRound(files, threads);
        Console.WriteLine($"pages: {pages}" + (failed > 0 ? $" ({failed} files refused)" : "") + $"; first Minutebook round (start-up, JIT) {cold.Elapsed.TotalMilliseconds:F0} ms; it and 3 more warm-up rounds are not counted");

        var oursN = new List<double>();
        var ours1 = new List<double>();
        var theirsN = new List<double>();
        var theirs1 = new List<double>();
        var oursCpu = new List<double>();
        var theirsCpu = new List<double>();
        using var reasons = args.Contains("--gc-reasons") ? new GcReasons() : null;
        int gcBefore = GC.CollectionCount(0), gc2Before = GC.CollectionCount(2);
        var pauseBefore = GC.GetTotalPauseDuration();
        for (int r = 0; r < rounds; r++)
        {
            var cpu = OwnCpuMs();
            oursN.Add(Time(() => MinutebookRound(files, threads)));
            oursCpu.Add(OwnCpuMs() - cpu);
            if (poppler)
            {
                cpu = ChildrenCpuMs();
                theirsN.Add(Time(() => PdftotextRound(files, threads)));
                theirsCpu.Add(ChildrenCpuMs() - cpu);
            }
            if (threads > 1)
            {
                ours1.Add(Time(() => MinutebookRound(files, 1)));
                if (poppler) theirs1.Add(Time(() => PdftotextRound(files, 1)));
            }
        }
        int gcs = GC.CollectionCount(0) - gcBefore, gc2s = GC.CollectionCount(2) - gc2Before;
        var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
        int measured = rounds * (threads > 1 ? 2 : 1);
        long peakFolder = Process.GetCurrentProcess().PeakWorkingSet64;
        long heapFolder = GC.GetTotalMemory(forceFullCollection: true);
        if (reasons is not null) Console.WriteLine("GC by reason over the measured rounds: " + reasons.Report());

        var many = Enumerable.Repeat(files, repeat).SelectMany(f => f).ToArray();
        var manyMs = Time(() => MinutebookRound(many, threads));
        long peakMany = Process.GetCurrentProcess().PeakWorkingSet64;
        long heapMany = GC.GetTotalMemory(forceFullCollection: true);

        Console.WriteLine();
        Line($"minutebook, {threads} threads (full extraction)", BenchStats.Median(oursN), pages);
        if (poppler) Line($"pdftotext -layout, {threads} processes at a time", BenchStats.Median(theirsN), pages);
        if (threads > 1)
        {
            Line("minutebook, 1 thread", BenchStats.Median(ours1), pages);
            if (poppler) Line("pdftotext -layout, 1 process at a time", BenchStats.Median(theirs1), pages);
        }
        Console.WriteLine($"CPU time per round (all threads / all processes; steadier than wall time on a busy machine): minutebook {BenchStats.Median(oursCpu):F0} ms"
            + (poppler ? $", pdftotext {BenchStats.Median(theirsCpu):F0} ms, ratio {BenchStats.Median(oursCpu) / BenchStats.Median(theirsCpu):F2}" : ""));
        Console.WriteLine($"garbage collections: {gcs / (double)measured:F1} per round ({gc2s / (double)measured:F1} full), GC pauses {pause / measured:F0} ms per round");
        Console.WriteLine($"peak working set: {peakFolder / 1e6:F0} MB over the folder; {peakMany / 1e6:F0} MB after one batch of {many.Length} files (the folder {repeat} times, {manyMs:F0} ms)");
        Console.WriteLine($"managed heap kept after a batch (full collection): {heapFolder / 1e6:F1} MB after {files.Length} files, {heapMany / 1e6:F1} MB after {many.Length}");
        Console.WriteLine($"load average after: {BenchStats.LoadAverage()}");
        if (!poppler)
        {
            Console.WriteLine("pdftotext not found (apt-get install poppler-utils, or .ci/setup.d/poppler.sh): no ratio");
            return 1;
        }
        if (threads > 1)
            Console.WriteLine($"ratio minutebook/pdftotext, 1 thread vs 1 process: {BenchStats.Median(ours1) / BenchStats.Median(theirs1):F2}");
        Console.WriteLine($"RATIO minutebook/pdftotext, {threads} threads vs {threads} processes: {BenchStats.Median(oursN) / BenchStats.Median(theirsN):F2} (goal <= 1.0)");
        return 0;
    }

    private static void Line(string what, double ms, int pages) =>
        Console.WriteLine($"{what,-50} median {ms,7:F0} ms  {pages / (ms / 1000),7:F0} pages/s");

    /// <summary>The same batch path as <c>minutebook extract</c>: files in parallel, records handed on in file order.</summary>
    private static (int Pages, int Failed) MinutebookRound(string[] files, int threads)
    {
        int pages = 0, failed = 0;
        PackBatch.ForEach(files, threads, file =>
        {
            try
            {
                var pack = PackLoader.Load(file);
                var record = Pipeline.Run(pack);
                GC.KeepAlive(record);
                return pack.PageCount ?? 0;
            }
            catch (InputException) { return -1; }
        }, (_, p) => { if (p < 0) failed++; else pages += p; });
        return (pages, failed);
    }

    private static void PdftotextRound(string[] files, int processes) =>
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = processes }, Pdftotext);

    private static void Pdftotext(string file)
    {
        var start = new ProcessStartInfo("pdftotext")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-layout");
        start.ArgumentList.Add(file);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(Stream.Null);
        errors.Wait();
        process.WaitForExit();
    }

    private static bool PdftotextAvailable()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("pdftotext", "-v") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false })!;
            p.StandardError.ReadToEnd();
            p.WaitForExit();
            return true;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    private static double Time(Action round)
    {
        var sw = Stopwatch.StartNew();
        round();
        return sw.Elapsed.TotalMilliseconds;
    }


    private static double OwnCpuMs() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    /// <summary>User and system time of the finished child processes (Linux /proc; 0 elsewhere), in ms.</summary>
    private static double ChildrenCpuMs()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // after the command name: state is field 3, cutime and cstime are fields 16 and 17 (clock ticks, 100 per second)
            return (long.Parse(fields[13]) + long.Parse(fields[14])) * 10.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException) { return 0; }
    }
}
