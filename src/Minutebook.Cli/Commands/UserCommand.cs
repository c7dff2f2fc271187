using System.CommandLine;
using Minutebook.Web.Security;
using Spectre.Console;

namespace Minutebook.Cli.Commands;

/// <summary><c>minutebook user add NAME [--db FILE] [--password-stdin]</c>: an officer account for the web register.</summary>
public static class UserCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("name") { Description = "The officer's user name" };
        var db = new Option<string>("--db") { Description = "The register's database file", DefaultValueFactory = _ => "minutebook.db" };
        var fromStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input" };
        var add = new Command("add", "Create an officer account (or set a new password for it)") { name, db, fromStdin };
        add.SetAction(parse =>
        {
            var user = parse.GetValue(name)!.Trim();
            string? password = parse.GetValue(fromStdin)
                ? Console.In.ReadLine()
                : AnsiConsole.Prompt(new TextPrompt<string>($"Password for {Markup.Escape(user)}:").Secret());
            if (string.IsNullOrEmpty(password)) { stderr.WriteLine("minutebook: no password given"); return Program.UsageError; }
            try
            {
                bool created = new WebState(parse.GetValue(db)!).AddUser(user, password);
                stdout.WriteLine(created ? $"Created officer account '{user}'." : $"Set a new password for '{user}'.");
                return Program.Ok;
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"minutebook: {e.Message}");
                return Program.UsageError;
            }
        });
        var command = new Command("user", "Officer accounts for the web register") { add };
        return command;
    }
}
