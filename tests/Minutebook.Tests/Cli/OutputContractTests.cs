using Minutebook.Tests.Support;
using System.Text.Json;
using Minutebook.Model;
using Minutebook.Output;

namespace Minutebook.Tests.Cli;

/// <summary>The JSON contract of docs/output-format.md: field names, camelCase, ISO dates, HH:mm times, sources.</summary>
public class OutputContractTests : IDisposable
{
    private readonly TempFolder _temp = new();
    public void Dispose() => _temp.Dispose();

    private static PackRecord SampleRecord()
    {
        var record = new PackRecord { Source = new SourceInfo("x.txt", "ab12", "text") };
        var meeting = new Meeting
        {
            Role = MeetingRole.Agenda, Authority = "Harrowfield Borough Council", Body = "Health and Wellbeing Board",
            Date = new DateOnly(2024, 3, 14), Start = new TimeOnly(14, 0), End = new TimeOnly(15, 40),
            Venue = "Council Chamber", Webcast = "https://webcast.harrowfield.example/hwb", Source = new SourceRef(7, null),
        };
        meeting.AgendaItems.Add(new AgendaItem { Number = "6(a)", Title = "Delivery dashboard", Pages = new PageRange(13, 16), Source = new SourceRef(30, null) });
        meeting.Attendance.Add(new Attendance { Name = "Ruth Delacourt", Status = AttendanceStatus.Present, SubstituteFor = "Graham Pettifer", Source = new SourceRef(80, 1) });
        meeting.Declarations.Add(new Declaration { Name = "Sadia Rahmatullah", Item = "25", Interest = "personal", Source = new SourceRef(96, 1) });
        var minute = new MinuteItem { Number = "25", Title = "Carers Support Grant", Source = new SourceRef(104, 1) };
        minute.Resolutions.Add(new Resolution { Number = "3", Text = "That the Director report back.", Source = new SourceRef(120, 2) });
        meeting.MinuteItems.Add(minute);
        meeting.Actions.Add(new MeetingAction { Text = "report back", Owner = "Director of Public Health", Due = "2024-06-30", MinuteItem = "25", Source = new SourceRef(120, 2) { PdfPage = 9 } });
        record.Meetings.Add(meeting);
        var report = new Report { Title = "Pooled budget", AgendaItem = "5", Author = "Samuel Idowu-Pratt", Summary = "Q3", Source = new SourceRef(140, 5) };
        report.Recommendations.Add("note the forecast position");
        record.Reports.Add(report);
        record.Findings.Add(new Finding("totalMismatch", Severity.Error, "Total is off", new SourceRef(200, 8)));
        return record;
    }

    [Fact]
    public void Fields_are_camelCase_dates_iso_and_times_24_hour()
    {
        using var json = JsonDocument.Parse(JsonContract.Serialize(SampleRecord()));
        var root = json.RootElement;
        Assert.Equal(["source", "meetings", "reports", "findings"], root.EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Equal(["file", "sha256", "format"], root.GetProperty("source").EnumerateObject().Select(p => p.Name));

        var meeting = root.GetProperty("meetings")[0];
        foreach (var field in new[] { "role", "authority", "body", "date", "start", "end", "venue", "webcast",
                                      "agendaItems", "attendance", "declarations", "minuteItems", "actions" })
            Assert.True(meeting.TryGetProperty(field, out _), $"meeting.{field} is missing");
        Assert.Equal("agenda", meeting.GetProperty("role").GetString());
        Assert.Equal("2024-03-14", meeting.GetProperty("date").GetString());
        Assert.Equal("14:00", meeting.GetProperty("start").GetString());
        Assert.Equal("15:40", meeting.GetProperty("end").GetString());

        var item = meeting.GetProperty("agendaItems")[0];
        Assert.Equal(13, item.GetProperty("pages").GetProperty("from").GetInt32());
        Assert.Equal(16, item.GetProperty("pages").GetProperty("to").GetInt32());
        Assert.Equal("Graham Pettifer", meeting.GetProperty("attendance")[0].GetProperty("substituteFor").GetString());
        Assert.Equal("present", meeting.GetProperty("attendance")[0].GetProperty("status").GetString());
        Assert.Equal("3", meeting.GetProperty("minuteItems")[0].GetProperty("resolutions")[0].GetProperty("number").GetString());
        var action = meeting.GetProperty("actions")[0];
        Assert.Equal(["text", "owner", "due", "minuteItem", "source"], action.EnumerateObject().Select(p => p.Name));

        var report = root.GetProperty("reports")[0];
        foreach (var field in new[] { "title", "agendaItem", "author", "summary", "recommendations", "source" })
            Assert.True(report.TryGetProperty(field, out _), $"report.{field} is missing");
        Assert.Equal(["kind", "severity", "message", "source"], root.GetProperty("findings")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Sources_give_line_and_page_and_pdf_page_only_when_known()
    {
        using var json = JsonDocument.Parse(JsonContract.Serialize(SampleRecord()));
        var meeting = json.RootElement.GetProperty("meetings")[0];
        var itemSource = meeting.GetProperty("agendaItems")[0].GetProperty("source");
        Assert.Equal(30, itemSource.GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, itemSource.GetProperty("page").ValueKind);
        Assert.False(itemSource.TryGetProperty("pdfPage", out _));
        var actionSource = meeting.GetProperty("actions")[0].GetProperty("source");
        Assert.Equal(2, actionSource.GetProperty("page").GetInt32());
        Assert.Equal(9, actionSource.GetProperty("pdfPage").GetInt32());
    }

    [Fact]
    public void Unknown_values_are_written_as_null_not_left_out()
    {
        var record = new PackRecord { Source = new SourceInfo("y.txt", "00", "text") };
        record.Meetings.Add(new Meeting { Role = MeetingRole.Minutes });
        using var json = JsonDocument.Parse(JsonContract.Serialize(record));
        var meeting = json.RootElement.GetProperty("meetings")[0];
        Assert.Equal(JsonValueKind.Null, meeting.GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, meeting.GetProperty("start").ValueKind);
        Assert.Equal(JsonValueKind.Array, meeting.GetProperty("agendaItems").ValueKind);
    }

    [Fact]
    public void The_contract_round_trips()
    {
        var json = JsonContract.Serialize(SampleRecord());
        var back = JsonContract.Deserialize(json)!;
        Assert.Equal(new TimeOnly(14, 0), back.Meetings[0].Start);
        Assert.Equal("6(a)", back.Meetings[0].AgendaItems[0].Number);
        Assert.Equal(json, JsonContract.Serialize(back));
    }

    [Fact]
    public void Extract_out_writes_one_json_file_per_source_named_after_it()
    {
        var outDir = Path.Combine(_temp.Path, "records");
        var a = SamplePacks.Path("harrowfield");
        var b = SamplePacks.Path("brackenmoor");
        var result = CliResult.Run("extract", a, b, "--out", outDir);
        Assert.Equal("", result.Out);
        Assert.Equal(["brackenmoor-acphb-2024-05-21.txt.json", "harrowfield-hwb-2024-03-14.txt.json"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "brackenmoor-acphb-2024-05-21.txt.json")));
        Assert.Equal("brackenmoor-acphb-2024-05-21.txt", json.RootElement.GetProperty("source").GetProperty("file").GetString());
        Assert.Matches("^[0-9a-f]{64}$", json.RootElement.GetProperty("source").GetProperty("sha256").GetString());
    }

    [Fact]
    public void Extract_without_out_prints_one_json_object_per_file()
    {
        var result = CliResult.Run("extract", SamplePacks.Path("harrowfield"), SamplePacks.Path("eastmarsh"));
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(result.Out), new JsonReaderOptions { AllowMultipleValues = true });
        var files = new List<string>();
        while (reader.Read())
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            files.Add(doc.RootElement.GetProperty("source").GetProperty("file").GetString()!);
        }
        Assert.Equal(["harrowfield-hwb-2024-03-14.txt", "eastmarsh-hwb-2024-07-10.txt"], files);
    }
}
