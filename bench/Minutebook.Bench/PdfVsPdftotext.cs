using System.Diagnostics;
using Minutebook.Reading;

namespace Minutebook.Bench;

/// <summary>
/// <c>pdf-vs-pdftotext [folder] [--rounds N] [--threads N]</c>: Minutebook's full extraction (PDF reading and the
/// whole pipeline) over every PDF in the folder (default: shared/corpus/pdf), and in the same run
/// <c>pdftotext -layout</c> (poppler-utils) over the same files; both parallel over files on all cores, each file
/// read, processed and dropped in turn so memory does not grow with the number of files. Prints the best round of
/// each, their ratio (Minutebook / pdftotext; at most 1.0 is the goal), pages per second and peak memory.
/// The first Minutebook round (start-up and JIT) is shown apart.
/// </summary>
public static class PdfVsPdftotext
{
    public static int Run(string[] args)
    {
        int rounds = IntOption(args, "--rounds", 5);
        int threads = IntOption(args, "--threads", Environment.ProcessorCount);
        var folder = args.FirstOrDefault(a => !a.StartsWith("--") && Directory.Exists(a)) ?? FindPdfFolder();
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
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Console.WriteLine($"folder: {folder} ({files.Length} PDFs, {files.Sum(f => new FileInfo(f).Length) / 1e6:F1} MB), {threads} threads, best of {rounds} rounds");

        int pages = 0, failed = 0;
        var cold = Stopwatch.StartNew();
        MinutebookRound(files, options, ref pages, ref failed);
        cold.Stop();
        Console.WriteLine($"pages: {pages}" + (failed > 0 ? $" ({failed} files refused)" : ""));

        var ours = Best(rounds, () => { int p = 0, f = 0; MinutebookRound(files, options, ref p, ref f); });
        long peak = Process.GetCurrentProcess().PeakWorkingSet64;

        if (!PdftotextAvailable())
        {
            Console.WriteLine($"minutebook  first round {cold.Elapsed.TotalMilliseconds,8:F0} ms   best {ours,8:F0} ms   {pages / (ours / 1000),7:F0} pages/s");
            Console.WriteLine("pdftotext not found (apt-get install poppler-utils, or .ci/setup.d/poppler.sh): no ratio");
            return 1;
        }
        var theirs = Best(rounds, () => Parallel.ForEach(files, options, Pdftotext));

        Console.WriteLine($"minutebook (full extraction)  best {ours,7:F0} ms  {pages / (ours / 1000),7:F0} pages/s   first round {cold.Elapsed.TotalMilliseconds:F0} ms (start-up, JIT)");
        Console.WriteLine($"pdftotext -layout             best {theirs,7:F0} ms  {pages / (theirs / 1000),7:F0} pages/s");
        Console.WriteLine($"ratio minutebook/pdftotext: {ours / theirs:F2} (goal <= 1.0)");
        Console.WriteLine($"peak working set: {peak / 1e6:F0} MB; managed heap now {GC.GetTotalMemory(true) / 1e6:F0} MB");
        return 0;
    }

    private static void MinutebookRound(string[] files, ParallelOptions options, ref int pages, ref int failed)
    {
        int p = 0, f = 0;
        Parallel.ForEach(files, options, file =>
        {
            try
            {
                var pack = PackLoader.Load(file);
                var record = Pipeline.Run(pack);
                GC.KeepAlive(record);
                Interlocked.Add(ref p, pack.PageCount ?? 0);
            }
            catch (InputException) { Interlocked.Increment(ref f); }
        });
        pages = p;
        failed = f;
    }

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
        process.StandardOutput.BaseStream.CopyTo(Stream.Null);
        process.StandardError.ReadToEnd();
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

    private static double Best(int rounds, Action round)
    {
        double best = double.MaxValue;
        for (int i = 0; i < rounds; i++)
        {
            var sw = Stopwatch.StartNew();
            round();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && v > 0 ? v : fallback;
    }

    private static string? FindPdfFolder()
    {
        var env = Environment.GetEnvironmentVariable("MINUTEBOOK_CORPUS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(Path.Combine(env, "pdf"))) return Path.Combine(env, "pdf");
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "shared", "corpus", "pdf");
                if (Directory.Exists(path)) return path;
            }
        return null;
    }
}
