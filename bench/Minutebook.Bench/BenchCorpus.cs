namespace Minutebook.Bench;

/// <summary>
/// The text packs the benchmarks read, held in memory so that disk I/O is not measured: the shared corpus
/// (<c>shared/corpus/text</c>, found by walking up from the working directory or the program's folder, or
/// <c>MINUTEBOOK_CORPUS</c>), else the repository's own <c>samples/</c>.
/// </summary>
public sealed class BenchCorpus
{
    public required string Folder { get; init; }
    public required IReadOnlyList<(string Name, byte[] Bytes)> Files { get; init; }
    public long TotalBytes => Files.Sum(f => (long)f.Bytes.Length);

    private static BenchCorpus? _text;
    public static BenchCorpus Text => _text ??= LoadText();

    private static BenchCorpus LoadText()
    {
        var folder = FindTextFolder() ?? throw new DirectoryNotFoundException(
            "no text corpus: neither shared/corpus/text nor samples/ was found above " + Environment.CurrentDirectory);
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllBytes(p))).ToList();
        return new BenchCorpus { Folder = folder, Files = files };
    }

    public static string? FindTextFolder()
    {
        var env = Environment.GetEnvironmentVariable("MINUTEBOOK_CORPUS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(Path.Combine(env, "text"))) return Path.GetFullPath(Path.Combine(env, "text"));
        return WalkUp(dir => Path.Combine(dir, "shared", "corpus", "text"), "*.txt")
            ?? WalkUp(dir => Path.Combine(dir, "samples"), "*.txt");
    }

    /// <summary>The PDF corpus: <c>MINUTEBOOK_CORPUS/pdf</c>, or <c>shared/corpus/pdf</c> above the working directory or the program.</summary>
    public static string? FindPdfFolder()
    {
        var env = Environment.GetEnvironmentVariable("MINUTEBOOK_CORPUS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(Path.Combine(env, "pdf"))) return Path.Combine(env, "pdf");
        return WalkUp(dir => Path.Combine(dir, "shared", "corpus", "pdf"), "*.pdf");
    }

    /// <summary>The first existing folder with files matching <paramref name="pattern"/> made by <paramref name="candidate"/> from a parent of the working directory or of the program.</summary>
    private static string? WalkUp(Func<string, string> candidate, string pattern)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = candidate(dir.FullName);
                if (Directory.Exists(path) && Directory.EnumerateFiles(path, pattern).Any()) return path;
            }
        return null;
    }
}
