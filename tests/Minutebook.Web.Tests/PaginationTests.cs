using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Minutebook.Model;
using Minutebook.Reading;
using Minutebook.Store;
using Minutebook.Store.Ingest;
using Minutebook.Web.Data;
using Minutebook.Web.Pages;
using Minutebook.Web.Tests.Support;

namespace Minutebook.Web.Tests;

/// <summary>
/// Two registers of 330 meetings (183 of a health and wellbeing board, 147 of a care partnership, one a week), one
/// held in memory and one in the store (SQLite), each served by the site: seven pages of meetings. Each meeting
/// has an action, <see cref="Resolutions"/> resolutions and a finding, and a pack of its own.
/// </summary>
public sealed class ManyMeetingsFixture : IAsyncLifetime
{
    public const int Board = 183, Partnership = 147;
    /// <summary>Resolutions at each meeting: 2,310 in all, more than the store lists at once.</summary>
    public const int Resolutions = 7;
    public const string BoardName = "Health and Wellbeing Board", PartnershipName = "Integrated Care Partnership";
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"minutebook-pages-{Guid.NewGuid():N}.db");
    private readonly string _memoryDb = Path.Combine(Path.GetTempPath(), $"minutebook-pages-m-{Guid.NewGuid():N}.db");
    private WebApplication _memory = null!, _store = null!;

    public MemoryRegister Memory { get; } = new(new FixedClock(WebFixture.Now));
    public StoreRegister Store { get; private set; } = null!;
    public string MemoryUrl { get; private set; } = null!;
    public string StoreUrl { get; private set; } = null!;

    /// <summary>Meeting <paramref name="i"/>: a small pack of its own (a distinct file and text) and its record.</summary>
    public static (SourcePack Pack, PackRecord Record) Meeting(int i)
    {
        bool board = i < Board;
        var body = board ? BoardName : PartnershipName;
        var date = new DateOnly(2020, 1, 6).AddDays(7 * i + (board ? 0 : 2));
        var text = $"{body.ToUpperInvariant()}\nAgenda for the meeting on {date:d MMMM yyyy}\n1. Apologies for absence\nMINUTES\n2 Better Care Fund\n" +
                   string.Concat(Enumerable.Range(1, Resolutions).Select(r => $"RESOLVED ({r}): that part {r} of plan {i} be approved.\n")) +
                   $"ACTION: the Director to report on plan {i} by 31 March 2030.\n";
        var pack = PackLoader.Read($"{(board ? "hwb" : "icp")}-{date:yyyy-MM-dd}.txt", System.Text.Encoding.UTF8.GetBytes(text));
        var record = new PackRecord { Source = new SourceInfo(pack.File, pack.Sha256, pack.Format) };
        var m = new Meeting { Role = MeetingRole.Agenda, Authority = "Testshire Council", Body = body, Date = date, Source = pack.Lines[0].Ref };
        m.AgendaItems.Add(new AgendaItem { Number = "1", Title = "Apologies for absence", Source = pack.Lines[2].Ref });
        var item = new MinuteItem { Number = "2", Title = "Better Care Fund", Source = pack.Lines[4].Ref };
        for (int r = 1; r <= Resolutions; r++)
            item.Resolutions.Add(new Resolution { Number = r.ToString(), Text = $"that part {r} of plan {i} be approved.", Source = pack.Lines[4 + r].Ref });
        m.MinuteItems.Add(item);
        m.Actions.Add(new MeetingAction { Text = $"the Director to report on plan {i}", Owner = "Director", Due = "31 March 2030", MinuteItem = "2", Source = pack.Lines[5 + Resolutions].Ref });
        record.Meetings.Add(m);
        record.Findings.Add(new Finding("test-total", Severity.Warning, $"The total of plan {i} does not add up", pack.Lines[5].Ref));
        return (pack, record);
    }

    public async Task InitializeAsync()
    {
        var store = RegisterStore.Open(_db);
        var prepared = new List<PreparedPack>();
        for (int i = 0; i < Board + Partnership; i++)
        {
            var (pack, record) = Meeting(i);
            Memory.Add(pack, record);
            prepared.Add(PreparedPack.From("/papers/" + pack.File, pack, record));
        }
        new Ingestor(store).Write(prepared);
        Store = new StoreRegister(store, new FixedClock(WebFixture.Now));
        (_memory, MemoryUrl) = await Start(Memory, _memoryDb);
        (_store, StoreUrl) = await Start(Store, _db);
    }

    private static async Task<(WebApplication, string)> Start(IRegister register, string db)
    {
        var app = MinutebookWeb.Create(new WebOptions { Urls = "http://127.0.0.1:0", DbPath = db, Register = register, Clock = new FixedClock(WebFixture.Now) });
        await app.StartAsync();
        return (app, MinutebookWeb.Address(app));
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { _memory, _store })
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var db in new[] { _db, _memoryDb })
            foreach (var f in new[] { db, db + "-wal", db + "-shm" })
                try { File.Delete(f); } catch (IOException) { }
    }
}

/// <summary>The meetings list a page at a time, from the register in memory and from the store.</summary>
public sealed class PaginationTests(ManyMeetingsFixture f) : IClassFixture<ManyMeetingsFixture>
{
    public static TheoryData<string> Registers => ["memory", "store"];

    private HttpClient Client(string register) =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(register == "memory" ? f.MemoryUrl : f.StoreUrl) };

    private static string N(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private IRegister Register(string register) => register == "memory" ? f.Memory : f.Store;

    private static List<string> MeetingLinks(string html) =>
        Regex.Matches(html, "<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/meetings/([^\"]+)\"").Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToList();

    private static string Pagination(string html) => Regex.Match(html, "<nav class=\"govuk-pagination\".*?</nav>", RegexOptions.Singleline).Value;

    /// <summary>The page links of the pagination component: (label or "…", address, current).</summary>
    private static List<(string Label, string? Href, bool Current)> Items(string html) =>
        Regex.Matches(Pagination(html), "<li class=\"govuk-pagination__item( govuk-pagination__item--current)?( govuk-pagination__item--ellipsis)?\">(?:&ctdot;|<a [^>]*href=\"([^\"]+)\"[^>]*>(\\d+)</a>)</li>")
            .Select(m => (m.Groups[2].Success ? "…" : m.Groups[4].Value, m.Groups[3].Success ? WebUtility.HtmlDecode(m.Groups[3].Value) : null, m.Groups[1].Success)).ToList();

    private static string? Rel(string html, string rel) =>
        Regex.Match(Pagination(html), $"href=\"([^\"]+)\" rel=\"{rel}\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [Theory, MemberData(nameof(Registers))]
    public async Task The_first_page_shows_the_newest_meetings_the_count_and_links_onward(string register)
    {
        using var client = Client(register);
        var html = await client.GetStringAsync("/meetings");
        var all = Register(register).Meetings;
        Assert.Equal(330, all.Count);
        Assert.Equal(all.Take(MeetingPages.PageSize).Select(m => m.Id), MeetingLinks(html));
        Assert.Contains("Showing 1 to 50 of 330 meetings", html);
        Assert.Null(Rel(html, "prev"));
        Assert.Equal("/meetings?page=2", Rel(html, "next"));
        Assert.Equal([("1", "/meetings", true), ("2", "/meetings?page=2", false), ("…", null, false), ("7", "/meetings?page=7", false)], Items(html));
        Assert.Contains("aria-current=\"page\">1</a>", html);
    }

    [Theory, MemberData(nameof(Registers))]
    public async Task A_middle_page_shows_its_slice_with_previous_next_and_its_neighbours(string register)
    {
        using var client = Client(register);
        var html = await client.GetStringAsync("/meetings?page=3");
        var all = Register(register).Meetings;
        Assert.Equal(all.Skip(100).Take(50).Select(m => m.Id), MeetingLinks(html));
        Assert.Contains("Showing 101 to 150 of 330 meetings", html);
        Assert.Equal("/meetings?page=2", Rel(html, "prev"));
        Assert.Equal("/meetings?page=4", Rel(html, "next"));
        Assert.Equal(["1", "2", "3", "4", "…", "7"], Items(html).Select(i => i.Label));
        Assert.True(Items(html)[2].Current);
        Assert.Equal(1, Items(html).Count(i => i.Current));
        Assert.Contains("<title>Meetings (page 3 of 7)", html);
    }

    [Theory, MemberData(nameof(Registers))]
    public async Task The_last_page_holds_the_rest_and_every_meeting_appears_once_across_the_pages(string register)
    {
        using var client = Client(register);
        var last = await client.GetStringAsync("/meetings?page=7");
        Assert.Contains("Showing 301 to 330 of 330 meetings", last);
        Assert.Equal(30, MeetingLinks(last).Count);
        Assert.Equal("/meetings?page=6", Rel(last, "prev"));
        Assert.Null(Rel(last, "next"));
        Assert.Equal([("1", "/meetings", false), ("…", null, false), ("6", "/meetings?page=6", false), ("7", "/meetings?page=7", true)], Items(last));
        var seen = new List<string>();
        for (int p = 1; p <= 7; p++) seen.AddRange(MeetingLinks(await client.GetStringAsync($"/meetings?page={p}")));
        Assert.Equal(Register(register).Meetings.Select(m => m.Id), seen);
    }

    [Theory]
    [InlineData("memory", "/meetings?page=8")]
    [InlineData("memory", "/meetings?page=0")]
    [InlineData("memory", "/meetings?page=-1")]
    [InlineData("memory", "/meetings?page=two")]
    [InlineData("memory", "/meetings?page=2.5")]
    [InlineData("memory", "/meetings?page=99999999999")]
    [InlineData("memory", "/meetings?page=1&page=2")]
    [InlineData("store", "/meetings?page=8")]
    [InlineData("store", "/meetings?page=2147483647")]
    [InlineData("store", "/meetings?page=two")]
    [InlineData("store", "/meetings?body=partnership&page=4")]
    public async Task A_page_the_list_does_not_have_is_not_found_with_a_way_back_to_the_first(string register, string path)
    {
        using var client = Client(register);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html);
        Assert.Contains("Go to the first page of meetings", html);
        Assert.Empty(MeetingLinks(html));
        Assert.Contains("/css/govuk-frontend.min.css", html); // in the site's layout
    }

    [Theory, MemberData(nameof(Registers))]
    public async Task Page_links_keep_the_filter_and_the_count_is_of_the_filtered_list(string register)
    {
        using var client = Client(register);
        var html = await client.GetStringAsync("/meetings?body=partnership");
        Assert.Contains("Showing 1 to 50 of 147 meetings", html);
        Assert.Equal("/meetings?body=partnership&page=2", Rel(html, "next"));
        Assert.Equal([("1", "/meetings?body=partnership", true), ("2", "/meetings?body=partnership&page=2", false), ("3", "/meetings?body=partnership&page=3", false)], Items(html));
        var second = await client.GetStringAsync("/meetings?body=partnership&page=2");
        Assert.Equal("/meetings?body=partnership", Rel(second, "prev"));
        Assert.Equal("/meetings?body=partnership&page=3", Rel(second, "next"));
        var third = await client.GetStringAsync("/meetings?body=partnership&page=3");
        Assert.Contains("Showing 101 to 147 of 147 meetings", third);
        var ids = MeetingLinks(html).Concat(MeetingLinks(second)).Concat(MeetingLinks(third)).ToList();
        Assert.Equal(147, ids.Distinct().Count());
        var all = Register(register).Meetings.ToDictionary(m => m.Id);
        Assert.All(ids, id => Assert.Equal(ManyMeetingsFixture.PartnershipName, all[id].Body));
        // the filter box keeps its value; the exports of the filtered list hold the same meetings
        Assert.Contains("name=\"body\" type=\"text\" value=\"partnership\"", html);
        var csv = await client.GetStringAsync("/meetings.csv?body=partnership");
        Assert.Equal(148, csv.TrimEnd().Split('\n').Length);
    }

    [Theory, MemberData(nameof(Registers))]
    public async Task A_list_that_fits_on_one_page_has_no_pagination_and_no_match_says_so(string register)
    {
        using var client = Client(register);
        var none = await client.GetAsync("/meetings?body=no+such+committee");
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        var html = await none.Content.ReadAsStringAsync();
        Assert.Contains("No meetings", html);
        Assert.Empty(Pagination(html));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/meetings?body=no+such+committee&page=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/meetings?body=no+such+committee&page=2")).StatusCode);
    }

    [Theory]
    [InlineData("memory", "/actions", "actions", 330)]
    [InlineData("store", "/actions", "actions", 330)]
    [InlineData("memory", "/papers", "packs", 330)]
    [InlineData("store", "/papers", "packs", 330)]
    [InlineData("memory", "/decisions", "decisions", 2310)]
    [InlineData("store", "/decisions", "decisions", 2000)]
    [InlineData("memory", "/findings", "findings", 330)]
    [InlineData("store", "/findings", "findings", 330)]
    public async Task The_other_long_lists_are_paged_too(string register, string path, string noun, int total)
    {
        using var client = Client(register);
        var pages = (total + 49) / 50;
        var first = await client.GetStringAsync(path);
        Assert.Contains($"Showing 1 to 50 of {N(total)} {noun}", first);
        Assert.Equal($"{path}?page=2", Rel(first, "next"));
        Assert.Equal(("…", null, false), Items(first)[2]);
        Assert.Equal((pages.ToString(), $"{path}?page={pages}", false), Items(first)[^1]);
        var second = await client.GetStringAsync($"{path}?page=2");
        Assert.Contains($"Showing 51 to 100 of {N(total)} {noun}", second);
        Assert.Equal(path, Rel(second, "prev"));
        Assert.Equal(50, Regex.Matches(second, "<tr class=\"govuk-table__row\"><td").Count);
        var last = await client.GetStringAsync($"{path}?page={pages}");
        Assert.Contains($"of {N(total)} {noun}", last);
        Assert.Null(Rel(last, "next"));
        Assert.Equal(total - (pages - 1) * 50, Regex.Matches(last, "<tr class=\"govuk-table__row\"><td").Count);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{path}?page={pages + 1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{path}?page=x")).StatusCode);
        // the store lists the newest 2,000 decisions and says so
        Assert.Equal(register == "store" && noun == "decisions", first.Contains("Only the newest 2,000 decisions"));
    }

    [Theory, MemberData(nameof(Registers))]
    public async Task Action_and_decision_page_links_keep_their_filters(string register)
    {
        using var client = Client(register);
        var actions = await client.GetStringAsync("/actions?state=open&body=partnership");
        Assert.Contains("Showing 1 to 50 of 147 actions", actions);
        Assert.Equal("/actions?state=open&body=partnership&page=2", Rel(actions, "next"));
        Assert.Contains("href=\"/actions.csv?state=open&amp;body=partnership\"", actions);
        var third = await client.GetStringAsync("/actions?state=open&body=partnership&page=3");
        Assert.Contains("Showing 101 to 147 of 147 actions", third);
        var decisions = await client.GetStringAsync("/decisions?body=partnership&q=approved&page=2");
        Assert.Contains($"Showing 51 to 100 of {N(147 * ManyMeetingsFixture.Resolutions)} decisions", decisions);
        Assert.Equal("/decisions?body=partnership&q=approved", Rel(decisions, "prev"));
        Assert.Equal("/decisions?body=partnership&q=approved&page=3", Rel(decisions, "next"));
        Assert.DoesNotContain("Only the newest", decisions);
    }

    [Fact]
    public void Page_numbers_show_the_ends_and_the_neighbours_of_the_current_page_with_ellipses_between()
    {
        static string Shown(int page, int pages) =>
            string.Join(" ", new Html.Paging(page, 10, pages * 10).Numbers().Select(n => n == 0 ? "…" : n.ToString()));
        Assert.Equal("1", Shown(1, 1));
        Assert.Equal("1 2", Shown(2, 2));
        Assert.Equal("1 2 … 200", Shown(1, 200));
        Assert.Equal("1 … 99 100 101 … 200", Shown(100, 200));
        Assert.Equal("1 2 3 4 5", Shown(3, 5));
        Assert.Equal("1 2 3 4 … 7", Shown(3, 7));
        Assert.Equal("1 … 199 200", Shown(200, 200));
        var paging = new Html.Paging(100, 100, 10_000);
        Assert.Equal("Showing 9,901 to 10,000 of 10,000 meetings", paging.Showing("meetings"));
        Assert.Equal("Showing 101 to 200 of 10,000 meetings", (paging with { Page = 2 }).Showing("meetings"));
    }
}

/// <summary>The pagination component in a browser (chromium, JavaScript off), over the store.</summary>
[Collection("browser")]
public sealed class PaginationBrowserTests(BrowserFixture b, ManyMeetingsFixture f) : IClassFixture<ManyMeetingsFixture>
{
    [Fact]
    public async Task A_reader_filters_the_meetings_and_walks_their_pages_with_the_pagination_links()
    {
        await using var context = await b.Browser.NewContextAsync(new() { BaseURL = f.StoreUrl, JavaScriptEnabled = false, ViewportSize = new() { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/meetings");
        var caption = page.Locator("caption");
        await Microsoft.Playwright.Assertions.Expect(caption).ToHaveTextAsync("Showing 1 to 50 of 330 meetings");
        await page.GetByLabel("Body").FillAsync("partnership");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(caption).ToHaveTextAsync("Showing 1 to 50 of 147 meetings");
        var nav = page.GetByRole(Microsoft.Playwright.AriaRole.Navigation, new() { Name = "Pagination" });
        await nav.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(caption).ToHaveTextAsync("Showing 51 to 100 of 147 meetings");
        await nav.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Page 3", Exact = true }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(caption).ToHaveTextAsync("Showing 101 to 147 of 147 meetings");
        await Microsoft.Playwright.Assertions.Expect(nav.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Page 3", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Microsoft.Playwright.Assertions.Expect(nav.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Next page" })).ToHaveCountAsync(0);
        await Microsoft.Playwright.Assertions.Expect(page.GetByLabel("Body")).ToHaveValueAsync("partnership");
        await BrowserFixture.Shot(page, "meetings-paged");
        await nav.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Previous page" }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(caption).ToHaveTextAsync("Showing 51 to 100 of 147 meetings");
    }
}
