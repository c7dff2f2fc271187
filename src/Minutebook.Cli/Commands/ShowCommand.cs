using System.CommandLine;

namespace Minutebook.Cli.Commands;

/// <summary><c>minutebook show FILE...</c>: a readable outline of each pack.</summary>
public static class ShowCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Board packs: text or PDF", Arity = ArgumentArity.OneOrMore };
        var command = new Command("show", "Print a readable outline: meeting, agenda, attendance, decisions, actions") { files };
        command.SetAction(parse => SourceBatch.ForEach(parse.GetValue(files)!, stderr,
            (path, record) => OutlineWriter.Write(record, stdout)));
        return command;
    }
}
