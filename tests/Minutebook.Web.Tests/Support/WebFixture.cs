using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Minutebook.Model;
using Minutebook.Reading;
using Minutebook.Web;
using Minutebook.Web.Data;

namespace Minutebook.Web.Tests.Support;

/// <summary>A clock stopped at one instant, so "overdue" does not depend on the day the tests run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>
/// The web register running on 127.0.0.1 with a free port, over a small pack written for the tests: hostile
/// markup in the papers, an exempt item after an exclusion of the press and public, an overdue action.
/// One officer account: <see cref="Officer"/> / <see cref="Password"/>.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string Officer = "clerk";
    public const string Password = "correct horse battery";
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public WebApplication App { get; private set; } = null!;
    public string BaseUrl { get; private set; } = null!;
    public string DbPath { get; } = Path.Combine(Path.GetTempPath(), $"minutebook-web-{Guid.NewGuid():N}.db");
    public MemoryRegister Register { get; } = new(new FixedClock(Now));
    public string MeetingId { get; private set; } = null!;
    public string ActionId { get; private set; } = null!;
    public string PackId { get; private set; } = null!;

    public const string PackText = """
        HEALTH AND WELLBEING BOARD
        Agenda for the meeting on 12 March 2025 at 10:00, Council Chamber
        1. Apologies for absence
        2. Minutes of the last meeting <script>alert("agenda")</script>
        3. Better Care Fund update
        4. Exclusion of the press and public
        5. Care home contract award
        MINUTES
        Present: Councillor Ann Example (Chair), Jane Doe
        Apologies: Dr Sam Other
        3 Better Care Fund
        RESOLVED: that the <img src=x onerror=alert(1)> plan be approved.
        ACTION: the Director to report back on discharge to assess by 31 January 2025.
        ACTION: the Chair to write to the minister by 30 September 2025.
        4 Exclusion of the press and public
        RESOLVED: that the press and public be excluded for the next item.
        5 Care home contract award (exempt by virtue of paragraph 3)
        RESOLVED: that the contract be awarded to Zebracorn Care Ltd for £4.2m.
        """;

    public static (SourcePack Pack, PackRecord Record) TestPack()
    {
        var pack = PackLoader.Read("hwb-2025-03-12.txt", System.Text.Encoding.UTF8.GetBytes(PackText.ReplaceLineEndings("\n") + "\n"));
        SourceRef L(int n) => pack.Lines[n - 1].Ref;
        var record = new PackRecord { Source = new SourceInfo(pack.File, pack.Sha256, pack.Format) };
        var m = new Meeting { Role = MeetingRole.Agenda, Authority = "Testshire Council", Body = "Health and Wellbeing Board", Date = new DateOnly(2025, 3, 12), Start = new TimeOnly(10, 0), Venue = "Council Chamber", Source = L(1) };
        string[] titles = ["Apologies for absence", "Minutes of the last meeting <script>alert(\"agenda\")</script>", "Better Care Fund update", "Exclusion of the press and public", "Care home contract award"];
        for (int i = 0; i < titles.Length; i++)
            m.AgendaItems.Add(new AgendaItem { Number = (i + 1).ToString(), Title = titles[i], Pages = new PageRange(i * 4 + 1, i * 4 + 3), Source = L(3 + i) });
        m.Attendance.Add(new Attendance { Name = "Councillor Ann Example", Status = AttendanceStatus.Present, Role = "Chair", Source = L(9) });
        m.Attendance.Add(new Attendance { Name = "Jane Doe", Status = AttendanceStatus.Present, Source = L(9) });
        m.Attendance.Add(new Attendance { Name = "Dr Sam Other", Status = AttendanceStatus.Apologies, Source = L(10) });
        var bcf = new MinuteItem { Number = "3", Title = "Better Care Fund", Source = L(11) };
        bcf.Resolutions.Add(new Resolution { Text = "that the <img src=x onerror=alert(1)> plan be approved.", Source = L(12) });
        var excl = new MinuteItem { Number = "4", Title = "Exclusion of the press and public", Source = L(15) };
        excl.Resolutions.Add(new Resolution { Text = "that the press and public be excluded for the next item.", Source = L(16) });
        var contract = new MinuteItem { Number = "5", Title = "Care home contract award (exempt by virtue of paragraph 3)", Source = L(17) };
        contract.Resolutions.Add(new Resolution { Text = "that the contract be awarded to Zebracorn Care Ltd for £4.2m.", Source = L(18) });
        m.MinuteItems.AddRange([bcf, excl, contract]);
        m.Actions.Add(new MeetingAction { Text = "the Director to report back on discharge to assess", Owner = "Director of Adult Care", Due = "31 January 2025", MinuteItem = "3", Source = L(13) });
        m.Actions.Add(new MeetingAction { Text = "the Chair to write to the minister", Owner = "Chair", Due = "30 September 2025", MinuteItem = "3", Source = L(14) });
        record.Meetings.Add(m);
        record.Reports.Add(new Report { Title = "Better Care Fund update", AgendaItem = "3", Author = "Director of Adult Care", Summary = "Progress on the plan.", Source = L(5) });
        record.Findings.Add(new Finding("test-finding", Severity.Warning, "Pages 5 to 7 are numbered twice <b>bold</b>", L(6)));
        return (pack, record);
    }

    public async Task InitializeAsync()
    {
        var (pack, record) = TestPack();
        var meetings = Register.Add(pack, record);
        MeetingId = meetings.Single().Id;
        PackId = Register.Packs.Single().Id;
        ActionId = Register.Actions.First(a => a.Action.Due == "31 January 2025").Id;
        var options = new WebOptions { Urls = "http://127.0.0.1:0", DbPath = DbPath, Register = Register, Clock = new FixedClock(Now) };
        App = MinutebookWeb.Create(options);
        new Security.WebState(DbPath).AddUser(Officer, Password);
        await App.StartAsync();
        BaseUrl = MinutebookWeb.Address(App);
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { DbPath, DbPath + "-wal", DbPath + "-shm" })
            try { File.Delete(f); } catch (IOException) { }
    }

    /// <summary>A client with its own cookie jar that does not follow redirects (so tests see them).</summary>
    public HttpClient Client(out CookieContainer cookies)
    {
        cookies = new CookieContainer();
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };
    }

    public HttpClient Client() => Client(out _);

    public static string Token(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

    /// <summary>A client signed in as the officer.</summary>
    public async Task<HttpClient> SignedInClient()
    {
        var client = Client();
        var form = await client.GetStringAsync("/sign-in");
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form), ["username"] = Officer, ["password"] = Password, ["returnUrl"] = "/",
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in failed: {(int)response.StatusCode}");
        return client;
    }
}

[CollectionDefinition("web")]
public sealed class WebCollection : ICollectionFixture<WebFixture>;
