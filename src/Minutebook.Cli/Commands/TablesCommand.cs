using System.CommandLine;
using System.Text;
using Minutebook.Model;

namespace Minutebook.Cli.Commands;

/// <summary>
/// <c>minutebook tables FILE... [--csv DIR]</c>: lists the tables rebuilt from each pack, or writes each as
/// DIR/&lt;file&gt;.table-&lt;n&gt;.csv (header row first, RFC 4180 quoting, CRLF line ends).
/// </summary>
public static class TablesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Board packs: text or PDF", Arity = ArgumentArity.OneOrMore };
        var csvDir = new Option<string?>("--csv") { Description = "Write each table as DIR/<file name>.table-<n>.csv instead of listing them" };
        var command = new Command("tables", "List the tables of each pack, or export them as CSV") { files, csvDir };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(csvDir);
            if (dir is not null && !SourceBatch.TryCreateOutputFolder(dir, stderr)) return Program.UsageError;
            return SourceBatch.ForEach(parse.GetValue(files)!, stderr, (path, record) =>
            {
                if (dir is null) { List(path, record, stdout); return; }
                for (int i = 0; i < record.Tables.Count; i++)
                {
                    var target = Path.Combine(dir, $"{Path.GetFileName(path)}.table-{i + 1:D3}.csv");
                    var temp = target + ".tmp";
                    File.WriteAllText(temp, ToCsv(record.Tables[i]), new UTF8Encoding(false));
                    File.Move(temp, target, overwrite: true);
                }
                stdout.WriteLine($"{path}: {record.Tables.Count} table(s) written to {dir}");
            });
        });
        return command;
    }

    private static void List(string path, PackRecord record, TextWriter stdout)
    {
        stdout.WriteLine($"{path}: {record.Tables.Count} table(s)");
        for (int i = 0; i < record.Tables.Count; i++)
        {
            var t = record.Tables[i];
            var page = t.Source.Page is { } p ? $", page {p}" : "";
            stdout.WriteLine();
            stdout.WriteLine($"Table {i + 1}: {t.Title ?? "(untitled)"} [{t.Kind}] line {t.Source.Line}{page}, {t.Rows.Count} row(s)");
            stdout.WriteLine("  " + string.Join(" | ", t.Columns));
            for (int r = 0; r < t.Rows.Count; r++)
            {
                var role = t.RowInfo.Count > r && t.RowInfo[r].Role != RowRole.Data ? $"[{t.RowInfo[r].Role.ToString().ToLowerInvariant()}] " : "";
                stdout.WriteLine("  " + role + string.Join(" | ", t.Rows[r].Select(c => c.Length > 60 ? c[..57] + "..." : c)));
            }
        }
    }

    /// <summary>RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF ends each record.</summary>
    public static string ToCsv(Table table)
    {
        var sb = new StringBuilder();
        AppendRecord(sb, table.Columns);
        foreach (var row in table.Rows) AppendRecord(sb, row);
        return sb.ToString();
    }

    private static void AppendRecord(StringBuilder sb, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) sb.Append(',');
            var f = fields[i];
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0) sb.Append('"').Append(f.Replace("\"", "\"\"")).Append('"');
            else sb.Append(f);
        }
        sb.Append("\r\n");
    }
}
