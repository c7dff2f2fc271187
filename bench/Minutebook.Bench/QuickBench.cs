using System.Diagnostics;
using Minutebook.Reading;

namespace Minutebook.Bench;

/// <summary>
/// <c>quick [seconds]</c>: warms up, then times passes over the text corpus with a Stopwatch for a few seconds
/// each (read only, then the full pipeline) and prints the median and best pass and MB/s. One thread.
/// The last figure divides by the process's CPU time rather than wall time: on a busy machine it is the
/// closer estimate of one core's throughput (the pass is single-threaded and the GC non-concurrent).
/// <c>quick [seconds] --per-file</c> also times the full pipeline on each file, to find a slow pack.
/// </summary>
public static class QuickBench
{
    public static int Run(string[] args)
    {
        double seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 3;
        var corpus = BenchCorpus.Text;
        Console.WriteLine($"corpus: {corpus.Folder} ({corpus.Files.Count} files, {corpus.TotalBytes / 1e6:F2} MB)");
        Measure("read", corpus, seconds, ReadAll);
        Measure("extract (full pipeline)", corpus, seconds, ExtractAll);
        if (args.Contains("--per-file"))
            foreach (var file in corpus.Files)
                Measure(file.Name, new BenchCorpus { Folder = corpus.Folder, Files = [file] }, Math.Max(0.5, seconds / corpus.Files.Count), ExtractAll);
        return 0;
    }

    private static int ReadAll(BenchCorpus corpus)
    {
        int n = 0;
        foreach (var (name, bytes) in corpus.Files) n += TextPackReader.Read(name, bytes).Lines.Count;
        return n;
    }

    private static int ExtractAll(BenchCorpus corpus)
    {
        int n = 0;
        foreach (var (name, bytes) in corpus.Files)
        {
            var record = Pipeline.Run(TextPackReader.Read(name, bytes));
            n += record.Meetings.Count + record.Reports.Count + record.Findings.Count;
        }
        return n;
    }

    private static void Measure(string label, BenchCorpus corpus, double seconds, Func<BenchCorpus, int> pass)
    {
        var warm = Stopwatch.StartNew();
        int sink = 0;
        while (warm.Elapsed.TotalSeconds < Math.Min(1, seconds / 3)) sink += pass(corpus);

        var times = new List<double>();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds || times.Count < 5)
        {
            long start = Stopwatch.GetTimestamp();
            sink += pass(corpus);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        process.Refresh();
        double cpuPerPass = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / times.Count;
        times.Sort();
        double median = times[times.Count / 2], best = times[0];
        double mb = corpus.TotalBytes / 1e6;
        Console.WriteLine($"{label,-24} {times.Count,5} passes  median {median,8:F2} ms  best {best,8:F2} ms  " +
                          $"{mb / (median / 1000),8:F1} MB/s (median)  {mb / (best / 1000),8:F1} MB/s (best)  " +
                          $"{mb / (cpuPerPass / 1000),8:F1} MB/s per CPU-second   [{sink % 10}]");
    }
}
