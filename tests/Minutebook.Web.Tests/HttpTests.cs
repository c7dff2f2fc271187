using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Minutebook.Web.Tests.Support;

namespace Minutebook.Web.Tests;

/// <summary>Plain HTTP against the running server: escaping, headers, who may do what, exports and the API.</summary>
[Collection("web")]
public sealed class HttpTests(WebFixture web)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/meetings")]
    [InlineData("/papers")]
    [InlineData("/decisions")]
    [InlineData("/actions")]
    [InlineData("/people")]
    [InlineData("/findings")]
    [InlineData("/indicators")]
    [InlineData("/budget")]
    [InlineData("/search?q=care")]
    [InlineData("/sign-in")]
    public async Task Every_page_is_served_with_a_policy_that_forbids_inline_script(string path)
    {
        using var client = web.Client();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("default-src 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/css/govuk-frontend.min.css", html);
    }

    [Fact]
    public async Task GOV_UK_Frontend_styles_and_fonts_are_served_from_the_site_itself()
    {
        using var client = web.Client();
        var css = await client.GetAsync("/css/govuk-frontend.min.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        var text = await css.Content.ReadAsStringAsync();
        Assert.Contains(".govuk-template", text);
        var font = System.Text.RegularExpressions.Regex.Match(text, @"url\((/assets/fonts/[^)]+\.woff2)\)").Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(font)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/css/nothing.css")).StatusCode);
    }

    [Fact]
    public async Task Text_from_the_papers_is_escaped_on_the_meeting_page()
    {
        using var client = web.Client();
        var html = await client.GetStringAsync($"/meetings/{web.MeetingId}");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("&lt;script&gt;alert(&quot;agenda&quot;)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("Better Care Fund", html);
    }

    [Fact]
    public async Task Search_escapes_the_query_it_echoes()
    {
        using var client = web.Client();
        var html = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("\"><script>alert(2)</script>"));
        Assert.DoesNotContain("<script>alert(2)", html);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task The_meeting_page_shows_agenda_attendance_minutes_reports_and_actions_each_linked_to_its_line()
    {
        using var client = web.Client();
        var html = await client.GetStringAsync($"/meetings/{web.MeetingId}");
        Assert.Contains("Health and Wellbeing Board", html);
        Assert.Contains("12 March 2025 at 10:00", html);
        Assert.Contains("id=\"agenda\"", html);
        Assert.Contains("pages 9–11", html);
        Assert.Contains("Jane Doe", html);
        Assert.Contains("Apologies", html);
        Assert.Contains("Director of Adult Care", html);
        Assert.Contains("Overdue", html);
        // every resolution cites its line: the BCF resolution is line 12 of the pack
        Assert.Contains($"href=\"/source/{web.PackId}?line=12#L12\"", html);
        Assert.Contains($"href=\"/source/{web.PackId}?line=13#L13\"", html);
    }

    [Fact]
    public async Task The_source_view_highlights_and_anchors_the_cited_line()
    {
        using var client = web.Client();
        var html = await client.GetStringAsync($"/source/{web.PackId}?line=12");
        Assert.Contains("<tr id=\"L12\" class=\"mb-cited\">", html);
        Assert.Contains("<tr id=\"L11\">", html);
        Assert.Contains("Better Care Fund", html);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/source/000000000000?line=1")).StatusCode);
    }

    [Fact]
    public async Task Search_finds_words_at_word_starts_and_marks_them()
    {
        using var client = web.Client();
        var html = await client.GetStringAsync("/search?q=discharge+assess");
        Assert.Contains("<mark>discharge</mark>", html);
        Assert.Contains("<mark>assess</mark>", html);
        Assert.Contains($"/source/{web.PackId}?line=13#L13", html);
        Assert.Contains("1 result", html);
        var none = await client.GetStringAsync("/search?q=ssess");
        Assert.Contains("No results", none);
    }

    [Fact]
    public async Task An_anonymous_reader_cannot_see_an_exempt_item_anywhere()
    {
        using var client = web.Client();
        var meeting = await client.GetStringAsync($"/meetings/{web.MeetingId}");
        Assert.DoesNotContain("Zebracorn", meeting);
        Assert.DoesNotContain("Care home contract award", meeting);
        Assert.Contains("exempt or confidential items are not shown", meeting);
        Assert.Contains("Exclusion of the press and public", meeting); // the public resolution to exclude stays public
        Assert.DoesNotContain("Zebracorn", await client.GetStringAsync($"/source/{web.PackId}?line=18"));
        Assert.DoesNotContain("Zebracorn", await client.GetStringAsync($"/source/{web.PackId}?line=1&all=1"));
        Assert.Contains("No results", await client.GetStringAsync("/search?q=Zebracorn"));
        Assert.DoesNotContain("Zebracorn", await client.GetStringAsync("/decisions"));
        Assert.DoesNotContain("Zebracorn", await client.GetStringAsync("/decisions.csv"));
        Assert.DoesNotContain("Zebracorn", await client.GetStringAsync($"/api/meetings/{web.MeetingId}"));
        Assert.DoesNotContain("Zebracorn", await client.GetStringAsync("/api/search?q=Zebracorn"));
        Assert.DoesNotContain("Care home contract", await client.GetStringAsync($"/meetings/{web.MeetingId}/ocd.json"));
    }

    [Fact]
    public async Task A_signed_in_officer_sees_the_exempt_item_marked_as_exempt()
    {
        using var client = await web.SignedInClient();
        var meeting = await client.GetStringAsync($"/meetings/{web.MeetingId}");
        Assert.Contains("Zebracorn", meeting);
        Assert.Contains("Exempt", meeting);
        Assert.Contains("Zebracorn", await client.GetStringAsync($"/source/{web.PackId}?line=18"));
        Assert.Contains("1 result", await client.GetStringAsync("/search?q=Zebracorn"));
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in()
    {
        using var client = web.Client(out var cookies);
        var form = await client.GetStringAsync("/sign-in");
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebFixture.Token(form), ["username"] = WebFixture.Officer, ["password"] = "wrong password",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Enter a correct user name and password", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(cookies.GetAllCookies(), c => c.Name == "minutebook.auth");
    }

    [Fact]
    public async Task An_anonymous_reader_cannot_post_an_edit_or_upload()
    {
        using var client = web.Client();
        var form = await client.GetStringAsync("/sign-in"); // a valid anti-forgery token, but no sign-in
        var response = await client.PostAsync($"/actions/{web.ActionId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebFixture.Token(form), ["status"] = "done", ["note"] = "sneaky",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotEqual("done", web.Register.Action(web.ActionId)!.Status);
        var upload = await client.PostAsync("/upload", new MultipartFormDataContent { { new StringContent("HEALTH BOARD\nAgenda\n"), "pack", "x.txt" } });
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        var page = await client.GetAsync("/upload");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/sign-in", page.Headers.Location!.OriginalString);
        var action = await client.GetStringAsync($"/actions/{web.ActionId}");
        Assert.DoesNotContain("<form method=\"post\" action=\"/actions/", action);
    }

    [Fact]
    public async Task An_officer_edit_without_the_anti_forgery_token_is_refused()
    {
        using var client = await web.SignedInClient();
        var response = await client.PostAsync($"/actions/{web.ActionId}", new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = "done" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("done", web.Register.Action(web.ActionId)!.Status);
    }

    [Fact]
    public async Task An_officer_closes_an_action_and_the_audit_trail_records_who_and_what()
    {
        var id = web.Register.Actions.First(a => a.Action.Owner == "Chair").Id;
        using var client = await web.SignedInClient();
        var page = await client.GetStringAsync($"/actions/{id}");
        var response = await client.PostAsync($"/actions/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebFixture.Token(page), ["status"] = "done", ["note"] = "Letter sent <b>3 May</b>", ["closedBy"] = "",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("done", web.Register.Action(id)!.Status);
        var after = await client.GetStringAsync($"/actions/{id}?saved=1");
        Assert.Contains("The action was updated.", after);
        Assert.Contains("Letter sent &lt;b&gt;3 May&lt;/b&gt;", after);
        var audit = await client.GetStringAsync("/audit");
        Assert.Contains("action.update", audit);
        Assert.Contains(id, audit);
        Assert.Contains(WebFixture.Officer, audit);
        Assert.Contains("status open → done", audit);
        // the public can read the result but not the audit trail
        using var anonymous = web.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/audit")).StatusCode);
        Assert.Contains("\"status\":\"done\"", await anonymous.GetStringAsync("/api/actions?state=done"));
    }

    [Fact]
    public async Task The_action_tracker_filters_open_done_and_overdue()
    {
        using var client = web.Client();
        var overdue = await client.GetStringAsync("/actions?state=overdue");
        Assert.Contains("discharge to assess", overdue);
        Assert.DoesNotContain("write to the minister", overdue);
        var csv = await client.GetStringAsync("/actions.csv?state=overdue");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("id,action,owner,due,due_date,status", lines[0]);
        Assert.Contains(",2025-01-31,overdue,", lines[1]);
    }

    [Fact]
    public async Task Sign_in_never_redirects_off_the_site()
    {
        using var client = web.Client();
        var form = await client.GetStringAsync("/sign-in");
        var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebFixture.Token(form), ["username"] = WebFixture.Officer, ["password"] = WebFixture.Password, ["returnUrl"] = "//evil.example/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_API_lists_meetings_and_a_meeting_with_sources()
    {
        using var client = web.Client();
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/meetings"));
        var first = list.RootElement[0];
        Assert.Equal(web.MeetingId, first.GetProperty("id").GetString());
        Assert.Equal("2025-03-12", first.GetProperty("date").GetString());
        using var one = JsonDocument.Parse(await client.GetStringAsync($"/api/meetings/{web.MeetingId}"));
        var res = one.RootElement.GetProperty("minutes")[0].GetProperty("resolutions")[0];
        Assert.Equal("that the <img src=x onerror=alert(1)> plan be approved.", res.GetProperty("text").GetString());
        Assert.Equal(12, res.GetProperty("source").GetProperty("line").GetInt32());
        Assert.Equal(2, one.RootElement.GetProperty("withheld").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/meetings/nope")).StatusCode);
        using var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=minister"));
        Assert.Equal(14, search.RootElement[0].GetProperty("line").GetInt32());
        Assert.Contains("<mark>minister</mark>", search.RootElement[0].GetProperty("snippet").GetString());
        using var decisions = JsonDocument.Parse(await client.GetStringAsync("/api/decisions?q=plan"));
        Assert.Equal(1, decisions.RootElement.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/indicators")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API_only()
    {
        using var client = web.Client();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/openapi.json"));
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/meetings", "/api/meetings/{id}", "/api/decisions", "/api/actions", "/api/indicators", "/api/search" })
            Assert.Contains(p, paths);
        Assert.All(paths, p => Assert.StartsWith("/api/", p));
    }

    [Fact]
    public async Task Decisions_filter_by_body_date_and_words()
    {
        using var client = web.Client();
        Assert.Contains("plan be approved", await client.GetStringAsync("/decisions?body=wellbeing&from=2025-03-01&to=2025-03-31"));
        Assert.DoesNotContain("plan be approved", await client.GetStringAsync("/decisions?from=2025-04-01"));
        Assert.DoesNotContain("plan be approved", await client.GetStringAsync("/decisions?authority=Elsewhere"));
        var words = await client.GetStringAsync("/decisions?q=excluded");
        Assert.Contains("<mark>excluded</mark>", words);
        Assert.DoesNotContain("plan be approved", words);
    }

    [Fact]
    public async Task Calendar_Open_Civic_Data_and_Atom_exports_are_well_formed()
    {
        using var client = web.Client();
        var ics = await client.GetStringAsync($"/meetings/{web.MeetingId}.ics");
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics);
        Assert.Contains("DTSTART;TZID=Europe/London:20250312T100000", ics);
        Assert.Contains("SUMMARY:Health and Wellbeing Board", ics);
        Assert.All(ics.Split("\r\n"), l => Assert.True(System.Text.Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.DoesNotContain("Care home contract", ics.Replace("\r\n ", ""));

        using var ocd = JsonDocument.Parse(await client.GetStringAsync($"/meetings/{web.MeetingId}/ocd.json"));
        Assert.Equal("event", ocd.RootElement.GetProperty("_type").GetString());
        Assert.Equal("2025-03-12T10:00", ocd.RootElement.GetProperty("start_date").GetString());
        Assert.Contains(ocd.RootElement.GetProperty("participants").EnumerateArray(), p => p.GetProperty("name").GetString() == "Jane Doe");
        Assert.Equal(4, ocd.RootElement.GetProperty("agenda").GetArrayLength());

        foreach (var feed in new[] { "/feeds/meetings.atom", "/feeds/decisions.atom?body=Wellbeing", "/feeds/actions.atom", "/feeds/search.atom?q=discharge" })
        {
            var xml = XDocument.Parse(await client.GetStringAsync(feed));
            XNamespace atom = "http://www.w3.org/2005/Atom";
            Assert.Equal(atom + "feed", xml.Root!.Name);
            Assert.NotEmpty(xml.Root.Elements(atom + "entry"));
        }
    }

    [Fact]
    public async Task CSV_cells_are_quoted_and_formulas_neutralised()
    {
        Assert.Equal("\"a,b\"", Api.Exports.CsvCell("a,b"));
        Assert.Equal("\"say \"\"hi\"\"\"", Api.Exports.CsvCell("say \"hi\""));
        Assert.Equal("'=SUM(A1:A2)", Api.Exports.CsvCell("=SUM(A1:A2)"));
        using var client = web.Client();
        var csv = await client.GetStringAsync("/meetings.csv");
        Assert.StartsWith("id,date,start,authority,body,venue,papers,url\r\n", csv);
        Assert.Contains("2025-03-12,10:00,Testshire Council,Health and Wellbeing Board", csv);
    }

    [Fact]
    public async Task Unknown_pages_are_404_in_the_site_layout()
    {
        using var client = web.Client();
        var response = await client.GetAsync("/meetings/no-such-meeting");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Meeting not found", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/nothing/here")).StatusCode);
    }

    [Fact]
    public async Task A_person_page_lists_their_attendance_under_one_name_without_honorifics()
    {
        using var client = web.Client();
        var html = await client.GetStringAsync("/people/ann%20example");
        Assert.Contains("Councillor Ann Example", html);
        Assert.Contains("Present at 1 of the 1 meetings", html);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/people/nobody")).StatusCode);
    }

    public static TheoryData<string> HeadPaths => new()
    {
        "/", "/meetings", "/meetings?page=1", "/meetings?page=9", "/meetings/{meeting}", "/meetings/{meeting}.ics", "/meetings/{meeting}/ocd.json",
        "/meetings.csv", "/feeds/meetings.atom", "/api/meetings", "/api/meetings/{meeting}", "/api/openapi.json", "/actions", "/decisions",
        "/people/ann%20example", "/source/{pack}?line=3", "/search?q=care", "/css/app.css", "/no-such-page", "/meetings/no-such-meeting", "/sign-out",
    };

    [Theory, MemberData(nameof(HeadPaths))]
    public async Task HEAD_answers_as_GET_does_with_the_same_status_and_headers_and_no_body(string path)
    {
        path = path.Replace("{meeting}", Uri.EscapeDataString(web.MeetingId)).Replace("{pack}", Uri.EscapeDataString(web.PackId));
        using var client = web.Client();
        using var get = await client.GetAsync(path);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
        foreach (var name in new[] { "Content-Security-Policy", "X-Content-Type-Options", "Cache-Control" })
            Assert.Equal(get.Headers.TryGetValues(name, out var g) ? string.Join(",", g) : null, head.Headers.TryGetValues(name, out var h) ? string.Join(",", h) : null);
        // a length the GET gives in advance, HEAD gives too
        if (get.Content.Headers.ContentLength is { } length && get.Headers.TransferEncodingChunked != true)
            Assert.Equal(length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_HEAD_response_carries_no_body_on_the_wire()
    {
        // HEAD then GET on one connection: the GET's status line must follow the HEAD's headers at once
        var uri = new Uri(web.BaseUrl);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        var path = "/meetings/" + Uri.EscapeDataString(web.MeetingId);
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(
            $"HEAD {path} HTTP/1.1\r\nHost: {uri.Authority}\r\n\r\nGET /css/app.css HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n"));
        var text = await new StreamReader(stream, System.Text.Encoding.UTF8).ReadToEndAsync();
        var head = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        Assert.StartsWith("HTTP/1.1 200 OK", head);
        Assert.Matches(@"(?im)^Content-Length: [1-9]\d*\r?$", head);
        Assert.StartsWith("HTTP/1.1 200 OK", text[(head.Length + 4)..]);
        Assert.DoesNotContain("<html", text, StringComparison.OrdinalIgnoreCase);
    }
}
