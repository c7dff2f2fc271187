using Minutebook.Model;
using Minutebook.Reading;

namespace Minutebook.Cli.Commands;

/// <summary>Runs the pipeline over a batch of paths: each failure is one line on stderr, and the batch goes on.</summary>
public static class SourceBatch
{
    public static int ForEach(IEnumerable<string> paths, TextWriter stderr, Action<string, PackRecord> onRecord)
    {
        int failures = 0;
        foreach (var path in paths)
        {
            try
            {
                var pack = PackLoader.Load(path);
                var record = Pipeline.Run(pack);
                foreach (var f in record.Findings.Where(f => f.Kind == Checking.NothingFoundCheck.Kind))
                {
                    stderr.WriteLine($"minutebook: {path}: {f.Message}");
                    failures++;
                }
                onRecord(path, record);
            }
            catch (InputException e)
            {
                stderr.WriteLine($"minutebook: {e.Message}");
                failures++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                stderr.WriteLine($"minutebook: {path}: could not be read ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")})");
                failures++;
            }
        }
        return failures == 0 ? Program.Ok : Program.SomeFilesFailed;
    }

    /// <summary>Creates the folder an export writes into; a failure is one line on stderr.</summary>
    public static bool TryCreateOutputFolder(string dir, TextWriter stderr)
    {
        try
        {
            Directory.CreateDirectory(dir);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"minutebook: {dir}: cannot create the output folder ({e.Message})");
            return false;
        }
    }
}
