using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Minutebook.Bench;

/// <summary>
/// MB/s for benchmark classes that declare <c>public static long BytesPerOperation</c> (bytes of source one
/// operation reads): bytes / mean time. 1 MB = 1,000,000 bytes.
/// </summary>
public static class Throughput
{
    public static long? BytesPerOperation(Type benchmarkType) =>
        benchmarkType.GetProperty("BytesPerOperation", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as long?;

    public static double MegabytesPerSecond(long bytes, double meanNanoseconds) => bytes / 1e6 / (meanNanoseconds / 1e9);

    public static void Print(IEnumerable<Summary> summaries, TextWriter o)
    {
        foreach (var summary in summaries)
            foreach (var report in summary.Reports)
            {
                var bytes = BytesPerOperation(report.BenchmarkCase.Descriptor.Type);
                var mean = report.ResultStatistics?.Mean;
                if (bytes is null || mean is null) continue;
                o.WriteLine($"{report.BenchmarkCase.Descriptor.DisplayInfo}: {bytes.Value / 1e6:F2} MB in {mean.Value / 1e6:F2} ms = {MegabytesPerSecond(bytes.Value, mean.Value):F1} MB/s");
            }
    }

    /// <summary>The MB/s column in BenchmarkDotNet's summary table.</summary>
    public sealed class Column : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Source megabytes (10^6 bytes) read per second of the mean";
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var bytes = BytesPerOperation(benchmarkCase.Descriptor.Type);
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return bytes is null || mean is null ? "-" : MegabytesPerSecond(bytes.Value, mean.Value).ToString("F1");
        }
    }
}

public static class BenchConfig
{
    public static IConfig Create() => DefaultConfig.Instance.AddColumn(new Throughput.Column());
}
