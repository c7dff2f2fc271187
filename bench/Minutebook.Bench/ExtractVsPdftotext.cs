using System.Diagnostics;
using System.Globalization;

namespace Minutebook.Bench;

/// <summary>
/// <c>cpu-vs-pdftotext [folder...] [--pairs N]</c>: the whole-process comparison of issue 16. <c>minutebook extract</c>
/// (the Release CLI, one process over every PDF of the folders, writing the JSON records to a scratch folder) against
/// <c>pdftotext -layout</c> (poppler-utils, one process per file, one at a time) over the same files. Each side runs
/// under GNU <c>/usr/bin/time</c>, which reports what the kernel counted for the process and its threads: user and
/// system CPU seconds, and the peak resident set. The two sides run in turn, N pairs (default 3), after one warm-up
/// pair (disk cache); the median pair is reported. CPU time is what decides the cost per page on a busy machine;
/// the wall clock is printed too. Defaults: <c>shared/corpus/pdf</c> and <c>shared/corpus/survey/kent</c>.
/// </summary>
public static class ExtractVsPdftotext
{
    public static int Run(string[] args)
    {
        int pairs = BenchArgs.Int(args, "--pairs", 3, min: 1);
        var folders = args.Where(a => !a.StartsWith("--") && Directory.Exists(a)).ToList();
        if (folders.Count == 0 && BenchCorpus.FindPdfFolder() is { } pdf)
        {
            folders.Add(pdf);
            var kent = Path.Combine(Path.GetDirectoryName(pdf)!, "survey", "kent");
            if (Directory.Exists(kent)) folders.Add(kent);
        }
        var files = folders.SelectMany(f => Directory.GetFiles(f, "*.pdf", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine("no PDFs: give a folder, or run beside shared/corpus");
            return 2;
        }
        if (!File.Exists("/usr/bin/time"))
        {
            Console.Error.WriteLine("GNU time is needed (apt-get install time)");
            return 2;
        }
        var cli = BuildCli();
        if (cli is null) return 2;

        Console.WriteLine($"files: {files.Length} PDFs in {string.Join(", ", folders)} ({files.Sum(f => new FileInfo(f).Length) / 1e6:F1} MB)");
        Console.WriteLine($"cores: {Environment.ProcessorCount}; load average before: {BenchStats.LoadAverage()}");
        var scratch = Directory.CreateTempSubdirectory("minutebook-cpu-");
        try
        {
            Extract(cli, files, scratch.FullName);
            Pdftotext(files);
            var ours = new List<Usage>();
            var theirs = new List<Usage>();
            for (int p = 0; p < pairs; p++)
            {
                ours.Add(Extract(cli, files, scratch.FullName));
                theirs.Add(Pdftotext(files));
                Console.WriteLine($"pair {p + 1}: extract {ours[^1]}; pdftotext {theirs[^1]}");
            }
            var o = Median(ours);
            var t = Median(theirs);
            Console.WriteLine();
            Console.WriteLine($"minutebook extract  (median of {pairs}): {o}");
            Console.WriteLine($"pdftotext -layout   (median of {pairs}): {t}");
            Console.WriteLine($"load average after: {BenchStats.LoadAverage()}");
            Console.WriteLine($"CPU RATIO extract/pdftotext: {o.Cpu / t.Cpu:F2} (goal <= 1.0); peak memory {o.PeakMb:F0} MB (goal < 100 MB) against {t.PeakMb:F0} MB");
            return 0;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>CPU seconds (user + system, all threads), the wall clock, and the peak resident set of one process or of the largest of several.</summary>
    private sealed record Usage(double User, double System, double Wall, double PeakMb)
    {
        public double Cpu => User + System;
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"CPU {Cpu:F2} s (user {User:F2}, system {System:F2}), wall {Wall:F2} s, peak {PeakMb:F0} MB");
    }

    private static Usage Median(List<Usage> runs) => runs.OrderBy(u => u.Cpu).ElementAt(runs.Count / 2);

    private static Usage Extract(string cli, string[] files, string outDir) =>
        Timed(["dotnet", cli, "extract", "--out", outDir, .. files]);

    private static Usage Pdftotext(string[] files)
    {
        double user = 0, system = 0, wall = 0, peak = 0;
        foreach (var file in files)
        {
            var u = Timed(["pdftotext", "-layout", file, "/dev/null"]);
            user += u.User;
            system += u.System;
            wall += u.Wall;
            peak = Math.Max(peak, u.PeakMb);
        }
        return new Usage(user, system, wall, peak);
    }

    /// <summary>Runs the command under GNU time, its output discarded; exit codes other than 0 and 1 (some file refused) stop the bench.</summary>
    private static Usage Timed(string[] command)
    {
        var report = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("/usr/bin/time")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in (string[])["-o", report, "-f", "%U %S %e %M", .. command]) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(Stream.Null);
            errors.Wait();
            process.WaitForExit();
            if (process.ExitCode > 1)
                throw new InvalidOperationException($"{command[0]} exited {process.ExitCode}: {errors.Result.Split('\n')[0]}");
            var f = File.ReadAllLines(report).Last(l => l.Length > 0).Split(' ');
            double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
            return new Usage(D(f[0]), D(f[1]), D(f[2]), D(f[3]) / 1024);
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>Builds the Release CLI from the repository above the working directory; returns its dll.</summary>
    private static string? BuildCli()
    {
        var root = new DirectoryInfo(Environment.CurrentDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Minutebook.slnx"))) root = root.Parent;
        if (root is null)
        {
            Console.Error.WriteLine("run from inside the repository (Minutebook.slnx not found above the working directory)");
            return null;
        }
        var project = Path.Combine(root.FullName, "src", "Minutebook.Cli");
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", "-c", "Release", "-v", "q", "--nologo", project])
        { RedirectStandardOutput = true, UseShellExecute = false })!;
        build.StandardOutput.ReadToEnd();
        build.WaitForExit();
        var dll = Path.Combine(project, "bin", "Release", "net10.0", "Minutebook.Cli.dll");
        if (build.ExitCode != 0 || !File.Exists(dll))
        {
            Console.Error.WriteLine($"could not build the Release CLI ({project})");
            return null;
        }
        return dll;
    }
}
