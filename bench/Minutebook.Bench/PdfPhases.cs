using System.Diagnostics;
using System.Security.Cryptography;
using Minutebook.Reading;
using Minutebook.Reading.Pdf;
using UglyToad.PdfPig;

namespace Minutebook.Bench;

/// <summary>
/// <c>pdf-phases [folder] [--rounds N]</c>: where the time of PDF extraction goes, one thread, warm: per phase
/// (file read, hash, PdfPig open, PdfPig page content, line layout, tables, the rest of reading, pipeline) the
/// median over rounds of the sum over all files. Times are this thread's CPU time (getrusage on Linux, wall
/// time elsewhere), so other work on a busy machine does not count.
/// </summary>
public static class PdfPhases
{
    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out RUsage usage);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicros, SystemSeconds, SystemMicros;
        public long R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, R13, R14;
    }

    private static readonly Stopwatch Wall = Stopwatch.StartNew();

    /// <summary>CPU time of the calling thread in ms (RUSAGE_THREAD), or wall time where that is not available.</summary>
    internal static double ThreadCpuMs()
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                if (getrusage(1, out var u) == 0)
                    return (u.UserSeconds + u.SystemSeconds) * 1000.0 + (u.UserMicros + u.SystemMicros) / 1000.0;
            }
            catch (DllNotFoundException) { }
            catch (EntryPointNotFoundException) { }
        }
        return Wall.Elapsed.TotalMilliseconds;
    }

    private static readonly string[] Names = ["read file", "sha256", "pdfpig open", "text pages", "page lines", "table rows", "reader total", "pipeline", "(PdfPig Page)"];

    /// <summary><c>pdf-lines [folder] OUTDIR</c>: every source line of every PDF with all its hints, one file per PDF (to diff reader changes).</summary>
    public static int DumpLines(string[] args)
    {
        var folder = args.Length > 1 ? args[0] : BenchCorpus.FindPdfFolder()!;
        var output = args[^1];
        Directory.CreateDirectory(output);
        foreach (var file in Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal))
        {
            var sb = new System.Text.StringBuilder();
            try
            {
                var pack = PackLoader.Load(file);
                sb.AppendLine($"pages {pack.PageCount} sha {pack.Sha256}");
                foreach (var l in pack.Lines)
                    sb.AppendLine($"{l.Number}\t{l.Kind}\tp{l.Page}/{l.PdfPage}\tb{(l.Bold ? 1 : 0)}h{(l.Heading ? 1 : 0)}\ts{l.FontSize}\t{l.Text.Replace("\t", " | ")}\t<<{l.Raw.Replace("\n", "\\n").Replace("\t", " | ")}>>");
            }
            catch (InputException e) { sb.AppendLine("error: " + e.Message); }
            File.WriteAllText(Path.Combine(output, Path.GetFileName(file) + ".lines"), sb.ToString());
        }
        return 0;
    }

    /// <summary><c>pdf-words FILE PAGE TEXT</c>: the words of the physical lines of a page that contain TEXT, with their geometry (debugging layout rules).</summary>
    public static int DumpWords(string[] args)
    {
        var bytes = File.ReadAllBytes(args[0]);
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        document.AddPageFactory<PdfTextPage, PdfTextPageFactory>();
        var page = document.GetPage<PdfTextPage>(int.Parse(args[1]));
        foreach (var line in PdfPageLines.Read(page, page.Number))
        {
            if (!line.Text.Contains(args[2], StringComparison.Ordinal)) continue;
            Console.WriteLine(line);
            foreach (var seg in line.Segments)
                Console.WriteLine("  segment: " + string.Join("  ", seg.Words.Select(w => $"[{w.Text} {w.Left:F1}-{w.Right:F1} sp{w.SpaceEnd:F1} s{w.Size:F1} b{(w.Bold ? 1 : 0)}]")));
        }
        return 0;
    }

    public static int Run(string[] args)
    {
        int i = Array.IndexOf(args, "--rounds");
        int rounds = i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var r) ? r : 7;
        var folder = args.FirstOrDefault(a => !a.StartsWith("--") && Directory.Exists(a)) ?? BenchCorpus.FindPdfFolder();
        if (folder is null) { Console.Error.WriteLine("no PDF folder"); return 2; }
        var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToArray();
        var samples = new List<double[]>();
        var perFile = new double[files.Length];
        for (int round = 0; round <= rounds; round++)
        {
            var t = new double[Names.Length];
            for (int f = 0; f < files.Length; f++)
            {
                double before = t[6] + t[7];
                Measure(files[f], t);
                if (round > 0) perFile[f] += (t[6] + t[7] - before) / rounds;
            }
            if (round > 0) samples.Add(t);
        }
        for (int f = 0; f < files.Length; f++) Console.WriteLine($"{perFile[f],8:F1} ms  {Path.GetFileName(files[f])}");
        for (int k = 0; k < Names.Length; k++)
        {
            var v = samples.Select(s => s[k]).Order().ToArray();
            Console.WriteLine($"{Names[k],-14} {v[v.Length / 2],8:F1} ms");
        }
        return 0;
    }

    private static void Measure(string file, double[] t)
    {
        var sw = new Clock();
        var bytes = File.ReadAllBytes(file);
        t[0] += Lap(sw);
        Convert.ToHexStringLower(SHA256.HashData(bytes));
        t[1] += Lap(sw);
        using (var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true }))
        {
            document.AddPageFactory<PdfTextPage, PdfTextPageFactory>();
            t[2] += Lap(sw);
            for (int p = 1; p <= document.NumberOfPages; p++)
            {
                var page = document.GetPage<PdfTextPage>(p);
                t[3] += Lap(sw);
                var lines = PdfPageLines.Read(page, p);
                t[4] += Lap(sw);
                PdfTableRows.Mark(lines);
                t[5] += Lap(sw);
            }
        }
        sw.Restart();
        using (var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true }))
            for (int p = 1; p <= document.NumberOfPages; p++) _ = document.GetPage(p).Letters.Count;
        t[8] += Lap(sw);
        SourcePack pack;
        try { pack = PackLoader.Read(Path.GetFileName(file), bytes); }
        catch (InputException) { return; }
        t[6] += Lap(sw);
        Pipeline.Run(pack);
        t[7] += Lap(sw);
    }

    private sealed class Clock
    {
        private double _last = ThreadCpuMs();
        public void Restart() => _last = ThreadCpuMs();
        public double Lap()
        {
            double now = ThreadCpuMs(), ms = now - _last;
            _last = now;
            return ms;
        }
    }

    private static double Lap(Clock clock) => clock.Lap();
}
