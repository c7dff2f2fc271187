using System.Diagnostics;
using System.Runtime.InteropServices;
using Minutebook.Extraction;
using Minutebook.Reading;

namespace Minutebook.Bench;

/// <summary>
/// <c>quick [seconds]</c>: the text-path goal figure. Over the text corpus held in memory (MB = bytes of the source files),
/// on one thread: warms up (at least <see cref="WarmUpPasses"/> passes and <see cref="WarmUpSeconds"/>, so that the tiered JIT has
/// optimised the pipeline), then times passes for a few seconds each (reading only, then the full pipeline: reading and
/// every stage of <see cref="Pipeline.Stages"/>) and prints the median and best pass and their MB/s, and the mean
/// (which, unlike the median, always carries the cost of the garbage collections that fall in some passes only).
/// Two clocks: the wall clock (the goal figure on a quiet machine) and, where the system has it, the thread's own CPU
/// time, which on a busy machine still measures one core's work (the GC is non-concurrent, so collections are charged
/// to the thread that allocates).
/// <list type="bullet">
/// <item><c>quick [seconds] --per-file</c> also times the full pipeline on each file, to find a slow pack.</item>
/// <item><c>quick [seconds] --stages</c> also times reading and each stage on its own over many warm passes and prints
/// each one's median milliseconds (wall and CPU) and megabytes allocated per pass over the corpus;
/// <c>--stages-only</c> prints only that (e.g. to run under a profiler).</item>
/// </list>
/// </summary>
public static class QuickBench
{
    public static int Run(string[] args)
    {
        double seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 3;
        var corpus = BenchCorpus.Text;
        Console.WriteLine($"corpus: {corpus.Folder} ({corpus.Files.Count} files, {corpus.TotalBytes / 1e6:F2} MB); " +
                          $"load average {BenchStats.LoadAverage()}; clocks: wall{(ThreadCpu.Available ? " and thread CPU" : "")}");
        if (args.Contains("--stages-only")) { MeasureStages(corpus, seconds); return 0; }
        Measure("read", corpus, seconds, ReadAll);
        Measure("extract (full pipeline)", corpus, seconds, ExtractAll);
        if (args.Contains("--per-file"))
            foreach (var file in corpus.Files)
                Measure(file.Name, new BenchCorpus { Folder = corpus.Folder, Files = [file] }, Math.Max(0.5, seconds / corpus.Files.Count), ExtractAll);
        if (args.Contains("--stages")) MeasureStages(corpus, seconds);
        Console.WriteLine($"load average at the end {BenchStats.LoadAverage()}");
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

    /// <summary>Passes a warm-up runs at least: every method of the pipeline is called a few times per pass, so
    /// this many passes let the tiered JIT promote them all to optimised code before the timed passes start.</summary>
    private const int WarmUpPasses = 40;

    /// <summary>The least warm-up time: with dynamic PGO the tiered JIT instruments hot methods first and only promotes
    /// them to optimised code after several seconds of running, so shorter warm-ups time part-instrumented code.</summary>
    private const double WarmUpSeconds = 6;

    /// <summary>The warm-up also goes on until the JIT has compiled nothing for this long: the steady state. On one
    /// processor the runtime stretches its tiering delays and the background compiler shares the core with the
    /// pipeline, so getting there can take far longer than <see cref="WarmUpSeconds"/>.</summary>
    private const double JitQuietSeconds = 5;

    /// <summary>The most warm-up time, should the JIT never fall quiet.</summary>
    private const double WarmUpLimitSeconds = 120;

    /// <summary>Runs the pass until at least <see cref="WarmUpSeconds"/> and <see cref="WarmUpPasses"/> passes have gone by
    /// and the JIT has compiled nothing for <see cref="JitQuietSeconds"/> (or <see cref="WarmUpLimitSeconds"/> have gone by).</summary>
    private static (int Sink, string Report) WarmUp(BenchCorpus corpus, Func<BenchCorpus, int> pass)
    {
        var warm = Stopwatch.StartNew();
        int sink = 0, passes = 0;
        long compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
        double lastCompile = 0;
        while (warm.Elapsed.TotalSeconds < WarmUpLimitSeconds &&
               (warm.Elapsed.TotalSeconds < WarmUpSeconds || passes < WarmUpPasses || warm.Elapsed.TotalSeconds - lastCompile < JitQuietSeconds))
        {
            sink += pass(corpus);
            passes++;
            long now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now != compiled) (compiled, lastCompile) = (now, warm.Elapsed.TotalSeconds);
        }
        return (sink, $"warm-up {warm.Elapsed.TotalSeconds:F0} s, {passes} passes");
    }

    private static void Measure(string label, BenchCorpus corpus, double seconds, Func<BenchCorpus, int> pass)
    {
        var (sink, warmUp) = WarmUp(corpus, pass);
        long compiledBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var processCpuBefore = Environment.CpuUsage.TotalTime;
        int collections = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var wall = new List<double>();
        var cpu = new List<double>();
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds || wall.Count < 5)
        {
            double cpuStart = ThreadCpu.Milliseconds();
            long start = Stopwatch.GetTimestamp();
            sink += pass(corpus);
            wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            cpu.Add(ThreadCpu.Milliseconds() - cpuStart);
        }
        double processCpu = (Environment.CpuUsage.TotalTime - processCpuBefore).TotalMilliseconds / wall.Count;
        long compiledDuring = System.Runtime.JitInfo.GetCompiledMethodCount() - compiledBefore;
        double mb = corpus.TotalBytes / 1e6;
        double median = BenchStats.Median(wall), best = wall.Min(), mean = wall.Average();
        var line = $"{label,-24} {wall.Count,5} passes  median {median,8:F2} ms  best {best,8:F2} ms  " +
                   $"{mb / (median / 1000),8:F1} MB/s (median)  {mb / (best / 1000),8:F1} MB/s (best)  {mb / (mean / 1000),8:F1} MB/s (mean)";
        if (ThreadCpu.Available)
            line += $"  | thread CPU: median {BenchStats.Median(cpu),8:F2} ms  {mb / (BenchStats.Median(cpu) / 1000),8:F1} MB/s  mean {cpu.Average(),8:F2} ms  {mb / (cpu.Average() / 1000),8:F1} MB/s";
        var sorted = wall.Order().ToList();
        line += $"  | wall p90 {sorted[(int)(0.9 * (sorted.Count - 1))]:F2} ms, max {sorted[^1]:F2} ms";
        line += $"  | {(double)(GC.CollectionCount(0) - collections) / wall.Count,5:F1} GCs per pass" +
                $" (gen1 {(double)(GC.CollectionCount(1) - gen1) / wall.Count:F2}, gen2 {(double)(GC.CollectionCount(2) - gen2) / wall.Count:F2})," +
                $" GC pause {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / wall.Count:F2} ms per pass";
        line += $"  | process CPU (every thread: GC, JIT) mean {processCpu:F2} ms  {mb / (processCpu / 1000):F1} MB/s";
        line += $"  | {warmUp}; {compiledDuring} methods compiled while timing";
        Console.WriteLine(line + $"   [{sink % 10}]");
    }

    /// <summary>
    /// Times reading and each stage on its own: one pass reads every file and runs every stage, timing each step;
    /// after a warm-up, the median per step over the passes is printed (their sum can differ a little from the
    /// median of the whole pipeline), with the bytes each step allocates.
    /// </summary>
    private static void MeasureStages(BenchCorpus corpus, double seconds)
    {
        var stages = Pipeline.Stages;
        var names = new List<string> { "(read)" };
        names.AddRange(stages.Select(s => s.GetType().Name));
        var wallPasses = new List<double[]>();
        var cpuPasses = new List<double[]>();
        long[] allocated = new long[names.Count];
        var (sink, _) = WarmUp(corpus, ExtractAll);
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds || wallPasses.Count < 5)
        {
            var wall = new double[names.Count];
            var cpu = new double[names.Count];
            Array.Clear(allocated);
            foreach (var (name, bytes) in corpus.Files)
            {
                SourcePack? pack = null;
                Time(0, () => pack = TextPackReader.Read(name, bytes));
                var context = new ExtractionContext(pack!);
                for (int i = 0; i < stages.Count; i++)
                {
                    var stage = stages[i];
                    Time(i + 1, () => stage.Run(context));
                }
                sink += context.Record.Meetings.Count;
            }
            wallPasses.Add(wall);
            cpuPasses.Add(cpu);

            void Time(int step, Action action)
            {
                long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                double cpuStart = ThreadCpu.Milliseconds();
                long start = Stopwatch.GetTimestamp();
                action();
                wall[step] += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                cpu[step] += ThreadCpu.Milliseconds() - cpuStart;
                allocated[step] += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            }
        }

        var wallMedian = Enumerable.Range(0, names.Count).Select(i => BenchStats.Median(wallPasses.Select(p => p[i]))).ToArray();
        var cpuMedian = Enumerable.Range(0, names.Count).Select(i => BenchStats.Median(cpuPasses.Select(p => p[i]))).ToArray();
        double wallSum = wallMedian.Sum(), cpuSum = cpuMedian.Sum(), mb = corpus.TotalBytes / 1e6;
        Console.WriteLine($"per step, median per pass over the corpus ({wallPasses.Count} passes after warm-up) [{sink % 10}]:");
        Console.WriteLine($"  {"step",-30} {"wall ms",9} {"share",7} {(ThreadCpu.Available ? "CPU ms" : ""),9} {"MB allocated",13}");
        foreach (int i in Enumerable.Range(0, names.Count).OrderByDescending(i => ThreadCpu.Available ? cpuMedian[i] : wallMedian[i]))
            Console.WriteLine($"  {names[i],-30} {wallMedian[i],9:F3} {100 * wallMedian[i] / wallSum,6:F1}% " +
                              $"{(ThreadCpu.Available ? cpuMedian[i].ToString("F3") : ""),9} {allocated[i] / 1e6,13:F2}");
        Console.WriteLine($"  {"sum",-30} {wallSum,9:F3} {"",7} {(ThreadCpu.Available ? cpuSum.ToString("F3") : ""),9} {allocated.Sum() / 1e6,13:F2}");
        Console.WriteLine($"  sum of medians → {mb / (wallSum / 1000):F1} MB/s (wall)" +
                          (ThreadCpu.Available ? $", {mb / (cpuSum / 1000):F1} MB/s (thread CPU)" : ""));
    }


    /// <summary>The calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>); 0 elsewhere.</summary>
    private static class ThreadCpu
    {
        private const int ClockThreadCpuTimeId = 3;

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec { public long Seconds; public long Nanoseconds; }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        public static readonly bool Available = OperatingSystem.IsLinux() && Probe();

        private static bool Probe()
        {
            try { return ClockGetTime(ClockThreadCpuTimeId, out _) == 0; }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { return false; }
        }

        public static double Milliseconds()
        {
            if (!Available) return 0;
            ClockGetTime(ClockThreadCpuTimeId, out var t);
            return t.Seconds * 1e3 + t.Nanoseconds / 1e6;
        }
    }
}
