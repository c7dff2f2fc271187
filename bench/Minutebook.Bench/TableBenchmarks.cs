using BenchmarkDotNet.Attributes;
using Minutebook.Checking;
using Minutebook.Extraction;
using Minutebook.Extraction.Tables;
using Minutebook.Reading;
using Minutebook.Recognising.Tables;

namespace Minutebook.Bench;

/// <summary>
/// The table stages alone over the text corpus, already read into lines: table recognition, the typed
/// extractors (indicators, prose indicators, budget lines, schedule items) and the arithmetic checks.
/// MB/s is bytes of source per second of the mean, as for <see cref="TextBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class TableBenchmarks
{
    public static long BytesPerOperation => BenchCorpus.Text.TotalBytes;

    private static readonly IStage[] Stages =
    [
        new TableRecogniser(),
        new IndicatorExtractor(), new ProseIndicatorExtractor(), new BudgetExtractor(), new ScheduleExtractor(),
        new TotalsCheck(), new VarianceCheck(), new YearToDateCheck(), new RepeatedQuantityCheck(),
    ];

    private List<SourcePack> _packs = [];

    [GlobalSetup]
    public void Setup() => _packs = BenchCorpus.Text.Files.Select(f => TextPackReader.Read(f.Name, f.Bytes)).ToList();

    [Benchmark]
    public int Tables()
    {
        int n = 0;
        foreach (var pack in _packs)
        {
            var context = new ExtractionContext(pack);
            foreach (var stage in Stages) stage.Run(context);
            n += context.Record.Tables.Count + context.Record.Indicators.Count + context.Record.BudgetLines.Count + context.Record.Findings.Count;
        }
        return n;
    }
}

/// <summary><c>tables [seconds]</c>: a Stopwatch loop over <see cref="TableBenchmarks.Tables"/>, and the time per stage.</summary>
public static class TableQuickBench
{
    public static int Run(string[] args)
    {
        double seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 3;
        var bench = new TableBenchmarks();
        bench.Setup();
        double mb = TableBenchmarks.BytesPerOperation / 1e6;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        while (sw.Elapsed.TotalSeconds < 1) bench.Tables();
        var times = new List<double>();
        sw.Restart();
        while (sw.Elapsed.TotalSeconds < seconds || times.Count < 5)
        {
            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            bench.Tables();
            times.Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"table stages: {times.Count} passes, median {times[times.Count / 2]:F2} ms ({mb / (times[times.Count / 2] / 1000):F1} MB/s), best {times[0]:F2} ms ({mb / (times[0] / 1000):F1} MB/s)");
        return 0;
    }
}
