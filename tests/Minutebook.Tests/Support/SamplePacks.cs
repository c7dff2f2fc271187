namespace Minutebook.Tests.Support;

/// <summary>The repository's own fictional packs (samples/), found by walking up from the test binaries.</summary>
public static class SamplePacks
{
    public static readonly string Folder = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "samples");
            if (System.IO.File.Exists(System.IO.Path.Combine(candidate, "README.md"))) return candidate;
        }
        throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
    }

    public static string Path(string prefix) =>
        Directory.GetFiles(Folder, "*.txt").Single(f => System.IO.Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));
}
