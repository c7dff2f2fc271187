using Microsoft.Playwright;
using Minutebook.Web.Tests.Support;

namespace Minutebook.Web.Tests;

/// <summary>A second server of its own for the browser tests (they close an action, which the HTTP tests must not see).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public WebFixture Web { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        await Web.InitializeAsync();
        Directory.CreateDirectory(Artifacts);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        // Debian's chromium: Playwright never downloads a browser here
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MINUTEBOOK_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Web.DisposeAsync();
    }

    public async Task<IPage> NewPage()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Web.BaseUrl, JavaScriptEnabled = false, ViewportSize = new() { Width = 1100, Height = 900 } });
        return await context.NewPageAsync();
    }

    public static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>;

/// <summary>Playwright driving Debian's chromium (with JavaScript off: every page works without it). Screenshots go to bin/…/artifacts.</summary>
[Collection("browser")]
public sealed class BrowserTests(BrowserFixture b)
{
    [Fact]
    public async Task A_reader_opens_a_meeting_and_follows_a_fact_to_its_line_in_the_source()
    {
        var page = await b.NewPage();
        await page.GotoAsync("/");
        await BrowserFixture.Shot(page, "home");
        await page.GetByRole(AriaRole.Link, new() { Name = "Health and Wellbeing Board, 12 March 2025" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Health and Wellbeing Board", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#agenda")).ToBeVisibleAsync();
        await BrowserFixture.Shot(page, "meeting");
        // the resolution of minute 3 cites line 12
        var resolution = page.Locator("li", new() { HasText = "plan be approved" });
        await Assertions.Expect(resolution).ToContainTextAsync("<img src=x onerror=alert(1)>"); // shown as text, never run
        await resolution.GetByRole(AriaRole.Link).ClickAsync();
        Assert.EndsWith("#L12", page.Url);
        var cited = page.Locator("tr#L12");
        await Assertions.Expect(cited).ToHaveClassAsync("mb-cited");
        await Assertions.Expect(cited).ToContainTextAsync("plan be approved");
        await Assertions.Expect(cited).ToBeInViewportAsync();
        await BrowserFixture.Shot(page, "source");
    }

    [Fact]
    public async Task A_reader_searches_and_sees_the_words_marked_with_their_source()
    {
        var page = await b.NewPage();
        await page.GotoAsync("/search");
        await page.GetByLabel("Words to find").FillAsync("discharge assess");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("#results")).ToContainTextAsync("1 result");
        await Assertions.Expect(page.Locator("mark").First).ToHaveTextAsync("discharge");
        await BrowserFixture.Shot(page, "search");
        await page.GetByRole(AriaRole.Link, new() { Name = "line 13" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr#L13")).ToHaveClassAsync("mb-cited");
    }

    [Fact]
    public async Task An_officer_signs_in_and_closes_an_action()
    {
        var page = await b.NewPage();
        var id = b.Web.ActionId;
        await page.GotoAsync($"/actions/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "sign in", Exact = true }).ClickAsync();
        await page.GetByLabel("User name").FillAsync(WebFixture.Officer);
        await page.GetByLabel("Password").FillAsync(WebFixture.Password);
        await BrowserFixture.Shot(page, "sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.EndsWith($"/actions/{id}", page.Url);
        await page.GetByLabel("Done").CheckAsync();
        await page.GetByLabel("Note").FillAsync("Report received at the June meeting.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByText("The action was updated.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("Done");
        await BrowserFixture.Shot(page, "action-closed");
        await page.GotoAsync("/actions?state=done");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("discharge to assess");
        await BrowserFixture.Shot(page, "actions");
        await page.GotoAsync("/audit");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("action.update");
        await page.GotoAsync($"/meetings/{b.Web.MeetingId}");
        await Assertions.Expect(page.GetByText("Zebracorn Care Ltd", new() { Exact = false })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_anonymous_reader_cannot_see_an_exempt_item_or_post_an_edit()
    {
        var page = await b.NewPage();
        await page.GotoAsync($"/meetings/{b.Web.MeetingId}");
        Assert.DoesNotContain("Zebracorn", await page.ContentAsync());
        await Assertions.Expect(page.Locator("#withheld")).ToBeVisibleAsync();
        await page.GotoAsync($"/actions/{b.Web.Register.Actions.Last().Id}");
        await Assertions.Expect(page.Locator("form[method=post][action^='/actions/']")).ToHaveCountAsync(0);
        // a hand-made post with the browser's own cookies is refused
        var response = await page.Context.APIRequest.PostAsync($"/actions/{b.Web.Register.Actions.Last().Id}",
            new() { Form = page.Context.APIRequest.CreateFormData().Set("status", "done") });
        Assert.Equal(403, response.Status);
        Assert.Equal("open", b.Web.Register.Actions.Last().Status);
        foreach (var (path, name) in new[] { ("/decisions", "decisions"), ("/people/ann%20example", "person"), ("/findings", "findings"), ("/papers", "papers") })
        {
            await page.GotoAsync(path);
            Assert.DoesNotContain("Zebracorn", await page.ContentAsync());
            await BrowserFixture.Shot(page, name);
        }
    }
}
