using System.Diagnostics;
using Minutebook.Store;
using Minutebook.Store.Ingest;
using Minutebook.Store.Synthetic;

namespace Minutebook.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Minutebook.Bench -- large-register --db FILE [--meetings N]</c>:
/// writes the large synthetic register (<see cref="RegisterGenerator"/>, default 10,000 meetings) to a store once,
/// for the web load test (<c>bench/load-test.sh --large</c>) to serve. A store that already holds at least N meetings
/// is kept as it is, so the register is generated once and reused by later runs.
/// </summary>
public static class LargeRegister
{
    public static int Run(string[] args)
    {
        int meetings = BenchArgs.Int(args, "--meetings", 10_000);
        var db = BenchArgs.String(args, "--db") ?? throw new ArgumentException("large-register needs --db FILE");
        var store = RegisterStore.Open(db);
        var before = store.Count();
        if (before.Meetings >= meetings)
        {
            Console.WriteLine($"{db}: {before.Meetings:N0} meetings, {before.Packs:N0} packs already (kept)");
            return 0;
        }
        if (before.Packs > 0)
        {
            Console.Error.WriteLine($"{db}: holds {before.Meetings:N0} meetings, fewer than {meetings:N0}; delete it to generate the register again");
            return 1;
        }
        var folder = BenchCorpus.FindTextFolder() ?? throw new DirectoryNotFoundException("no text corpus found");
        Console.WriteLine($"writing a synthetic register of {meetings:N0} meetings from {folder} to {db}");
        var generator = RegisterGenerator.FromFiles(Directory.GetFiles(folder).Order(StringComparer.Ordinal));
        var clock = Stopwatch.StartNew();
        var summary = new Ingestor(store).WriteParallel(Enumerable.Range(0, meetings), i => generator.Pack(i));
        var counts = store.Count();
        Console.WriteLine($"{summary.Added:N0} packs in {clock.Elapsed.TotalSeconds:0} s ({summary.Failed} failed); register: {counts.Meetings:N0} meetings, " +
                          $"{counts.People:N0} people, {counts.Actions:N0} actions, {counts.Reports:N0} reports");
        return summary.Failed == 0 ? 0 : 1;
    }
}
