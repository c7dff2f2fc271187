using Minutebook.Model;
using Minutebook.Reading;

namespace Minutebook.Cli.Commands;

/// <summary>
/// Runs the pipeline over a batch of paths: files are read and extracted on all cores (<see cref="PackBatch"/>),
/// results are handed on in the order of the paths and dropped, so output is deterministic and memory does not grow
/// with the number of files. Each failure is one line on stderr, and the batch goes on.
/// </summary>
public static class SourceBatch
{
    /// <summary>Worker threads for a batch: the cores (set MINUTEBOOK_THREADS to use fewer).</summary>
    public static int Parallelism =>
        int.TryParse(Environment.GetEnvironmentVariable("MINUTEBOOK_THREADS"), out var n) && n > 0 ? n : Environment.ProcessorCount;

    public static int ForEach(IEnumerable<string> paths, TextWriter stderr, Action<string, PackRecord> onRecord) =>
        ForEach(paths, stderr, (_, record) => record, onRecord);

    /// <summary>
    /// <paramref name="prepare"/> runs on a worker right after extraction (serialising, say); <paramref name="write"/>
    /// runs on the calling thread in path order.
    /// </summary>
    public static int ForEach<T>(IEnumerable<string> paths, TextWriter stderr, Func<string, PackRecord, T> prepare, Action<string, T> write)
    {
        int failures = 0;
        PackBatch.ForEach(paths.ToList(), Parallelism, path => Extract(path, prepare), (path, outcome) =>
        {
            foreach (var message in outcome.Messages)
            {
                stderr.WriteLine(message);
                failures++;
            }
            if (!outcome.HasValue) return;
            try { write(path, outcome.Value!); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                stderr.WriteLine($"minutebook: {path}: could not be written ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")})");
                failures++;
            }
        });
        return failures == 0 ? Program.Ok : Program.SomeFilesFailed;
    }

    private sealed record Outcome<T>(bool HasValue, T? Value, List<string> Messages);

    private static Outcome<T> Extract<T>(string path, Func<string, PackRecord, T> prepare)
    {
        var messages = new List<string>();
        try
        {
            var pack = PackLoader.Load(path);
            var record = Pipeline.Run(pack);
            foreach (var f in record.Findings.Where(f => f.Kind == Checking.NothingFoundCheck.Kind))
                messages.Add($"minutebook: {path}: {f.Message}");
            return new Outcome<T>(true, prepare(path, record), messages);
        }
        catch (InputException e)
        {
            messages.Add($"minutebook: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            messages.Add($"minutebook: {Unreadable(path, e)}");
        }
        return new Outcome<T>(false, default, messages);
    }

    /// <summary>The one-line reason for a file whose reading failed in an unexpected way (no stack trace).</summary>
    public static string Unreadable(string path, Exception e) =>
        $"{path}: could not be read ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")})";

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
