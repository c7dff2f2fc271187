using System.CommandLine;
using Minutebook.Cli.Commands;

namespace Minutebook.Cli;

/// <summary>
/// Exit codes: 0 every file was processed; 1 at least one file could not be read (each named on stderr);
/// 2 the command line was wrong.
/// </summary>
public static class Program
{
    public const int Ok = 0;
    public const int SomeFilesFailed = 1;
    public const int UsageError = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Minutebook reads the papers of health and care boards into a cited record.");
        root.Subcommands.Add(ExtractCommand.Create(stdout, stderr));
        root.Subcommands.Add(ShowCommand.Create(stdout, stderr));
        root.Subcommands.Add(TablesCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.CreateDemo(stdout, stderr));
        root.Subcommands.Add(UserCommand.Create(stdout, stderr));
        foreach (var command in RegisterCommands.Create(stdout, stderr)) root.Subcommands.Add(command);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) stderr.WriteLine($"minutebook: {e.Message}");
            return UsageError;
        }
        // A misspelt option would otherwise be taken for the name of a file.
        var unknown = parse.Tokens.FirstOrDefault(t => t.Type == System.CommandLine.Parsing.TokenType.Argument
            && t.Value.Length > 1 && t.Value[0] == '-' && !File.Exists(t.Value) && !Directory.Exists(t.Value));
        if (unknown is not null)
        {
            stderr.WriteLine($"minutebook: unknown option '{unknown.Value}' (see --help)");
            return UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
