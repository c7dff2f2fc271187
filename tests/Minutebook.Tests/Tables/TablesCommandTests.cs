using Minutebook.Tests.Cli;

namespace Minutebook.Tests.Tables;

public class TablesCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Tables_csv_writes_each_table_with_its_header_and_rfc4180_quoting()
    {
        var pack = _temp.File("pack.txt",
            "Table 1\n\nScheme\tLead, partner\tBudget £m\nReablement \"home first\"\tCouncil\t6.85\nBeds\tICB\t4.12\n\nProse.\n\nItem\tLead officer\nWinter plan\tR. Patel\n");
        var dir = Path.Combine(_temp.Path, "csv");
        CliResult.Run("tables", pack, "--csv", dir);
        var files = Directory.GetFiles(dir).OrderBy(f => f).ToArray();
        Assert.Equal(["pack.txt.table-001.csv", "pack.txt.table-002.csv"], files.Select(Path.GetFileName));
        Assert.Equal("Scheme,\"Lead, partner\",Budget £m\r\n\"Reablement \"\"home first\"\"\",Council,6.85\r\nBeds,ICB,4.12\r\n", File.ReadAllText(files[0]));
        Assert.Equal("Item,Lead officer\r\nWinter plan,R. Patel\r\n", File.ReadAllText(files[1]));
    }

    [Fact]
    public void Tables_without_csv_prints_a_listing_with_kinds_and_roles()
    {
        var result = CliResult.Run("tables", Support.SamplePacks.Path("harrowfield"));
        Assert.Contains("[budget]", result.Out);
        Assert.Contains("[indicator]", result.Out);
        Assert.Contains("[total] ", result.Out);
        Assert.Contains("Table 2", result.Out);
    }
}
