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
        return WalkUp(dir => Path.Combine(dir, "shared", "corpus", "text"))
            ?? WalkUp(dir => Path.Combine(dir, "samples"));
    }

    /// <summary>The first existing folder with .txt files made by <paramref name="candidate"/> from a parent of the working directory or of the program.</summary>
    private static string? WalkUp(Func<string, string> candidate)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var path = candidate(dir.FullName);
                if (Directory.Exists(path) && Directory.EnumerateFiles(path, "*.txt").Any()) return path;
            }
        return null;
    }
}
