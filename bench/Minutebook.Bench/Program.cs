using BenchmarkDotNet.Running;

namespace Minutebook.Bench;

/// <summary>
/// Entry point of the benchmarks.
/// <list type="bullet">
/// <item><c>dotnet run -c Release --project bench/Minutebook.Bench</c>: BenchmarkDotNet over every benchmark class
/// in this assembly (its own arguments work too, e.g. <c>--filter *Text*</c>, <c>--job short</c>).</item>
/// <item><c>dotnet run -c Release --project bench/Minutebook.Bench -- quick</c>: a Stopwatch loop over the text
/// corpus, for a figure in seconds rather than minutes.</item>
/// <item>Any other mode: a first-argument keyword listed in <see cref="Modes"/>.</item>
/// </list>
/// To add a mode, write a class with <c>public static int Run(string[] args)</c> and add one line to
/// <see cref="Modes"/>; it receives the arguments after the keyword.
/// </summary>
public static class Program
{
    public static readonly Dictionary<string, Func<string[], int>> Modes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["quick"] = QuickBench.Run,
        ["tables"] = TableQuickBench.Run,
        ["pdf-vs-pdftotext"] = PdfVsPdftotext.Run,
        ["cpu-vs-pdftotext"] = ExtractVsPdftotext.Run,
        ["pdf-phases"] = PdfPhases.Run,
        ["pdf-lines"] = PdfPhases.DumpLines,
        ["pdf-words"] = PdfPhases.DumpWords,
        ["register"] = RegisterBench.Run,
        ["large-register"] = LargeRegister.Run,
    };

    public static int Main(string[] args)
    {
        if (args.Length > 0 && Modes.TryGetValue(args[0], out var mode))
            return mode(args[1..]);
        if (args is ["help"] or ["--help"] or ["-h"])
        {
            Console.WriteLine("usage: Minutebook.Bench [" + string.Join(" | ", Modes.Keys) + "] [args...]");
            Console.WriteLine("       Minutebook.Bench [BenchmarkDotNet arguments, e.g. --filter *Text* --job short]");
            return 0;
        }
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
        Throughput.Print(summaries, Console.Out);
        return 0;
    }
}
