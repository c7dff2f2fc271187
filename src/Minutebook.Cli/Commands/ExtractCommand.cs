using System.CommandLine;
using System.Text;
using Minutebook.Output;

namespace Minutebook.Cli.Commands;

/// <summary><c>minutebook extract FILE... [--out DIR]</c>: one JSON object per file, to stdout or to DIR/&lt;name&gt;.json.</summary>
public static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Board packs: text or PDF", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string?>("--out") { Description = "Write DIR/<file name>.json for each file instead of printing" };
        var command = new Command("extract", "Extract the structured record of each pack as JSON") { files, outDir };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(outDir);
            if (dir is not null && !SourceBatch.TryCreateOutputFolder(dir, stderr)) return Program.UsageError;
            return SourceBatch.ForEach(parse.GetValue(files)!, stderr, (_, record) => JsonContract.Serialize(record), (path, json) =>
            {
                if (dir is null)
                {
                    stdout.WriteLine(json);
                    return;
                }
                var target = Path.Combine(dir, Path.GetFileName(path) + ".json");
                var temp = target + ".tmp";
                File.WriteAllText(temp, json + "\n", new UTF8Encoding(false));
                File.Move(temp, target, overwrite: true);
            });
        });
        return command;
    }
}
