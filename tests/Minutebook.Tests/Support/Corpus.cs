using Minutebook.Extraction;
using Minutebook.Model;
using Minutebook.Reading;

namespace Minutebook.Tests.Support;

/// <summary>
/// The shared corpus (../shared/corpus beside the checkout). Tests over it use <see cref="CorpusFactAttribute"/>
/// and are skipped, saying so, when it is not there (a fresh clone); CI always has it.
/// </summary>
public static class Corpus
{
    public static readonly string? Root = FindRoot();

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("MINUTEBOOK_CORPUS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return Path.GetFullPath(env);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The text pack whose file name starts with the prefix ("000_").</summary>
    public static string Text(string prefix) => Find("text", prefix);

    /// <summary>The PDF whose file name contains the fragment.</summary>
    public static string Pdf(string fragment) => Find("pdf", fragment);

    private static string Find(string folder, string fragment)
    {
        if (Root is null) throw new InvalidOperationException("corpus not found");
        return Directory.GetFiles(Path.Combine(Root, folder)).Single(f => Path.GetFileName(f).Contains(fragment, StringComparison.Ordinal));
    }

    private static readonly Dictionary<string, ExtractionContext> Cache = new();

    /// <summary>Runs the pipeline over a corpus file once per test run.</summary>
    public static ExtractionContext Context(string path)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(path, out var context))
                Cache[path] = context = Pipeline.RunWithContext(PackLoader.Load(path));
            return context;
        }
    }

    public static PackRecord Record(string path) => Context(path).Record;
}

/// <summary>A fact over the shared corpus: skipped, with the reason, when the corpus is not beside the checkout.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (Corpus.Root is null) Skip = "../shared/corpus is not beside this checkout (CI has it)";
    }
}

/// <summary>Pipeline helpers for tests over small snippets.</summary>
public static class Snippet
{
    public static SourcePack Pack(string text, string name = "snippet.txt") =>
        TextPackReader.Read(name, System.Text.Encoding.UTF8.GetBytes(text));

    public static PackRecord Record(string text) => Pipeline.Run(Pack(text));

    public static ExtractionContext Context(string text) => Pipeline.RunWithContext(Pack(text));
}
