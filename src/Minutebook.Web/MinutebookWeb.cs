using System.Reflection;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Minutebook.Web.Data;
using Minutebook.Web.Pages;
using Minutebook.Web.Security;

namespace Minutebook.Web;

/// <summary>Builds the web register: <c>minutebook serve</c> and the tests both start it through <see cref="Create"/>.</summary>
public static class MinutebookWeb
{
    /// <summary>No inline script or style, nothing from elsewhere: text from the papers can never run.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static WebApplication Create(WebOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(MinutebookWeb).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes + 1024 * 1024;
        });
        builder.Logging.ClearProviders();
        if (options.Verbose) builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information);

        var register = options.Register ?? new MemoryRegister(options.Clock);
        var site = new Site(register, new WebState(options.DbPath), options.Clock);
        builder.Services.AddSingleton(site);
        builder.Services.AddSingleton(options);
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "minutebook.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/sign-in";
                o.LogoutPath = "/sign-out";
                o.AccessDeniedPath = "/sign-in";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            });
        builder.Services.AddAuthorization();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "minutebook.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.FormFieldName = "__RequestVerificationToken";
        });
        builder.Services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Minutebook register API";
            doc.Info.Description = "Meetings, decisions, actions, indicators and search over the papers of health and care boards. Every fact cites the pack and line it came from.";
            return Task.CompletedTask;
        });
        });

        var app = builder.Build();
        app.Use(HeadAsGet);
        app.Use(SecurityHeaders);
        app.Use(EmbeddedStaticFiles);
        app.UseRouting(); // after HeadAsGet, so a HEAD request finds the GET endpoint
        app.UseAuthentication();
        app.UseAuthorization();

        Endpoints.Map(app);
        return app;
    }

    /// <summary>Starts the server, reports its address, and runs until Ctrl+C or SIGTERM.</summary>
    public static void Serve(WebOptions options, Action<string> started)
    {
        var app = Create(options);
        app.Start();
        started(Address(app));
        app.WaitForShutdown();
    }

    /// <summary>The address the server listens on once started (useful with port 0).</summary>
    public static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>
    /// HEAD for every page, export and API that answers GET, in one place: the request is routed and answered as a
    /// GET (same status and headers, Content-Length included), and the server sends no body, as it never does for
    /// HEAD. The method is put back afterwards, for logging.
    /// </summary>
    private static async Task HeadAsGet(HttpContext ctx, Func<Task> next)
    {
        if (!HttpMethods.IsHead(ctx.Request.Method))
        {
            await next();
            return;
        }
        ctx.Request.Method = HttpMethods.Get;
        try { await next(); }
        finally { ctx.Request.Method = HttpMethods.Head; }
    }

    private static Task SecurityHeaders(HttpContext ctx, Func<Task> next)
    {
        var h = ctx.Response.Headers;
        h.ContentSecurityPolicy = ContentSecurityPolicy;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "same-origin";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        return next();
    }

    private static readonly Assembly Self = typeof(MinutebookWeb).Assembly;
    private static readonly HashSet<string> Resources = new(Self.GetManifestResourceNames(), StringComparer.Ordinal);
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly DateTimeOffset BuiltAt = File.GetLastWriteTimeUtc(Self.Location);

    /// <summary>Serves GOV.UK Frontend's CSS and assets and the site's own CSS, embedded in this assembly at build time.</summary>
    private static async Task EmbeddedStaticFiles(HttpContext ctx, Func<Task> next)
    {
        var path = ctx.Request.Path.Value;
        if (path is null || !(path.StartsWith("/css/", StringComparison.Ordinal) || path.StartsWith("/assets/", StringComparison.Ordinal)
            || path == "/favicon.ico") || !(HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)))
        {
            await next();
            return;
        }
        var name = path == "/favicon.ico" ? "wwwroot/assets/images/favicon.ico" : "wwwroot" + path;
        if (!Resources.Contains(name))
        {
            ctx.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        ctx.Response.ContentType = ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
        ctx.Response.Headers.CacheControl = "public, max-age=86400";
        ctx.Response.Headers.LastModified = BuiltAt.ToString("R");
        await using var stream = Self.GetManifestResourceStream(name)!;
        ctx.Response.ContentLength = stream.Length;
        if (HttpMethods.IsHead(ctx.Request.Method)) return;
        await stream.CopyToAsync(ctx.Response.Body, ctx.RequestAborted);
    }
}
