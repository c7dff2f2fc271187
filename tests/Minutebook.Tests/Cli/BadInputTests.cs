using Minutebook.Tests.Support;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Minutebook.Reading;

namespace Minutebook.Tests.Cli;

/// <summary>
/// Bad input (issue 2, item 7): each bad file is one line on stderr naming the file and the reason, with no
/// stack trace; the other files are still processed; exit code 1 when any file failed, 2 for a wrong command line.
/// </summary>
public class BadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();
    public void Dispose() => _temp.Dispose();

    private const string NoMeeting = "Shopping list\n\nEggs, flour and a pint of milk.\n";

    private static void AssertOneCleanLine(CliResult result, string path, string reason)
    {
        var lines = result.ErrLines.Where(l => l.Contains(path, StringComparison.Ordinal)).ToList();
        Assert.Single(lines);
        Assert.Contains(reason, lines[0], StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("minutebook: ", lines[0]);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.DoesNotContain("Exception", result.Err);
    }

    [Fact]
    public void A_missing_path_is_named_with_its_reason()
    {
        var path = Path.Combine(_temp.Path, "nowhere.txt");
        var result = CliResult.Run("extract", path);
        Assert.Equal(1, result.Exit);
        AssertOneCleanLine(result, path, "no such file");
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_directory_is_refused()
    {
        var dir = _temp.Folder("pack.txt");
        var result = CliResult.Run("extract", dir);
        Assert.Equal(1, result.Exit);
        AssertOneCleanLine(result, dir, "directory");
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var path = _temp.File("empty.txt", []);
        var result = CliResult.Run("extract", path);
        Assert.Equal(1, result.Exit);
        AssertOneCleanLine(result, path, "empty");
    }

    [Fact]
    public void A_file_of_white_space_is_refused()
    {
        var path = _temp.File("blank.txt", " \n\t\n\r\n\n");
        var result = CliResult.Run("extract", path);
        Assert.Equal(1, result.Exit);
        AssertOneCleanLine(result, path, "no text");
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = _temp.File("photo.jpg", bytes);
        var result = CliResult.Run("extract", path);
        Assert.Equal(1, result.Exit);
        AssertOneCleanLine(result, path, "binary");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_read()
    {
        var path = Path.Combine(_temp.Path, "huge.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.Write("Agenda\n"u8);
            stream.SetLength(PackLoader.MaxTextBytes + 1); // sparse: nothing is written past the first line
        }
        var result = CliResult.Run("extract", path);
        Assert.Equal(1, result.Exit);
        AssertOneCleanLine(result, path, "larger than");
    }

    [Fact]
    public void A_text_with_no_meeting_in_it_is_named()
    {
        var path = _temp.File("list.txt", NoMeeting);
        var result = CliResult.Run("extract", path);
        Assert.Equal(1, result.Exit);
        AssertOneCleanLine(result, path, "no meeting");
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252_not_refused()
    {
        var text = "Budget 2024/25 \u00a33.2m \u2013 shared equally\nPage 3 of 22\n";
        var bytes = CodePages.GetBytes(text);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        var path = _temp.File("legacy.txt", bytes);
        var outDir = Path.Combine(_temp.Path, "out");

        var result = CliResult.Run("extract", path, "--out", outDir);

        // read, not refused: the only complaint (if any) is that it holds no meeting
        Assert.DoesNotContain(result.ErrLines, l => l.Contains("binary") || l.Contains("could not be read"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "legacy.txt.json")));
        var source = json.RootElement.GetProperty("source");
        Assert.Equal("text", source.GetProperty("format").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), source.GetProperty("sha256").GetString());
        Assert.Equal("\u00a3", PackLoader.Load(path).Lines[0].Text.Split(' ')[2][..1]);
    }

    [Fact]
    public void The_other_files_are_still_processed_and_the_exit_code_says_some_failed()
    {
        var missing = Path.Combine(_temp.Path, "missing.txt");
        var empty = _temp.File("empty.txt", []);
        var good = SamplePacks.Path("harrowfield");
        var outDir = Path.Combine(_temp.Path, "out");

        var result = CliResult.Run("extract", missing, good, empty, "--out", outDir);

        Assert.Equal(1, result.Exit);
        AssertOneCleanLine(result, missing, "no such file");
        AssertOneCleanLine(result, empty, "empty");
        Assert.True(File.Exists(Path.Combine(outDir, "harrowfield-hwb-2024-03-14.txt.json")));
        Assert.Equal(["harrowfield-hwb-2024-03-14.txt.json"], Directory.GetFiles(outDir).Select(Path.GetFileName));
    }

    [Fact]
    public void Files_after_a_bad_one_are_printed_to_stdout()
    {
        var missing = Path.Combine(_temp.Path, "missing.txt");
        var good = SamplePacks.Path("eastmarsh");
        var result = CliResult.Run("extract", missing, good);
        Assert.Equal(1, result.Exit);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("eastmarsh-hwb-2024-07-10.txt", json.RootElement.GetProperty("source").GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("extract")]
    [InlineData("show")]
    [InlineData("extract x.txt --no-such-option")]
    [InlineData("summarise x.txt")]
    public void A_wrong_command_line_exits_2(string commandLine)
    {
        var result = CliResult.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, result.Exit);
        Assert.NotEqual("", result.Err.Trim());
        Assert.DoesNotContain("   at ", result.Err);
    }

    private static readonly Encoding CodePages = GetCp1252();

    private static Encoding GetCp1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
