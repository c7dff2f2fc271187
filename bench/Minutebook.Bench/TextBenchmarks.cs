using BenchmarkDotNet.Attributes;
using Minutebook.Reading;

namespace Minutebook.Bench;

/// <summary>
/// The text path over the whole text corpus, one pass per operation, on one thread:
/// <see cref="Read"/> decodes and cleans the lines only; <see cref="Extract"/> runs the whole pipeline
/// (read → recognise → extract → check). MB/s is bytes of source per second of the mean.
/// </summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    /// <summary>Bytes one operation reads: the MB/s column divides this by the mean.</summary>
    public static long BytesPerOperation => BenchCorpus.Text.TotalBytes;

    private IReadOnlyList<(string Name, byte[] Bytes)> _files = [];

    [GlobalSetup]
    public void Setup() => _files = BenchCorpus.Text.Files;

    [Benchmark]
    public int Read()
    {
        int lines = 0;
        foreach (var (name, bytes) in _files) lines += TextPackReader.Read(name, bytes).Lines.Count;
        return lines;
    }

    [Benchmark(Baseline = true)]
    public int Extract()
    {
        int facts = 0;
        foreach (var (name, bytes) in _files)
        {
            var record = Pipeline.Run(TextPackReader.Read(name, bytes));
            facts += record.Meetings.Count + record.Reports.Count + record.Findings.Count;
        }
        return facts;
    }
}
