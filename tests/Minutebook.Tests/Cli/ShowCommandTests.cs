using Minutebook.Tests.Support;
namespace Minutebook.Tests.Cli;

/// <summary><c>minutebook show</c>: a readable outline per file; bad files are named on stderr and skipped.</summary>
public class ShowCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Show_prints_an_outline_headed_by_each_file_name()
    {
        var result = CliResult.Run("show", SamplePacks.Path("harrowfield"), SamplePacks.Path("eastmarsh"));
        var lines = result.Out.Split('\n');
        Assert.Contains("# harrowfield-hwb-2024-03-14.txt", lines);
        Assert.Contains("# eastmarsh-hwb-2024-07-10.txt", lines);
        Assert.DoesNotContain("{", result.Out.TrimStart()[..1]);
    }

    [Fact]
    public void Show_lists_findings_citing_their_line_once()
    {
        // the fictional pack's budget table has a total that is not the sum of its rows
        var result = CliResult.Run("show", SamplePacks.Path("harrowfield"));
        var findings = result.Out.Split('\n').SkipWhile(l => l != "Findings:").Skip(1).TakeWhile(l => l.StartsWith("  [")).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Single(System.Text.RegularExpressions.Regex.Matches(f, @"\bline \d+")));
    }

    [Fact]
    public void Show_names_a_bad_file_and_goes_on()
    {
        var missing = Path.Combine(_temp.Path, "gone.txt");
        var result = CliResult.Run("show", missing, SamplePacks.Path("brackenmoor"));
        Assert.Equal(1, result.Exit);
        Assert.Contains(result.ErrLines, l => l.Contains(missing) && l.Contains("no such file"));
        Assert.Contains("# brackenmoor-acphb-2024-05-21.txt", result.Out.Split('\n'));
    }
}
