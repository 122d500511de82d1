namespace Supervision.Host.Web;

/// <summary>The web UI: server-rendered Razor Pages under <c>host/Web</c>, one stylesheet, strict headers; no scripts, nothing from outside.</summary>
public static class WebSetup
{
    public const string StylesheetPath = "/ui/site.css";

    public static void AddSupervisionWeb(this WebApplicationBuilder builder, Configuration.SupervisionOptions options)
    {
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Web";
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Error");
        }).AddApplicationPart(typeof(WebSetup).Assembly); // found even when the entry assembly is a test runner
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "supervision.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__af";
        });
        // Chinese text goes out as itself, not as &#x…; entities; markup characters are still encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Lang>();
        builder.Services.AddScoped<DueWords>();
        builder.Services.AddSingleton<Engine.Assignments.AssignmentLines>();
        builder.Services.AddSingleton<Engine.Assignments.AssignmentCountsQuery>();
        builder.Services.AddSingleton<Engine.Obligations.ReviewQueue>();
        builder.Services.AddSingleton<Engine.Plans.StatusHistory>();
        builder.Services.AddSingleton(new Attachments.AttachmentStore(Path.Combine(Path.GetFullPath(options.DataDirectory), "attachments")));
        builder.Services.AddHostedService<Attachments.AttachmentBackfill>();
    }

    public static void MapSupervisionWeb(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapGet(StylesheetPath, () => Results.Text(Stylesheet.Value, "text/css; charset=utf-8"))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/ui/lang/{to}", (string to, string? back, HttpContext ctx) =>
        {
            ctx.Response.Cookies.Append(Lang.CookieName, to == "en" ? "en" : "zh", new CookieOptions
            {
                HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = ctx.Request.IsHttps, MaxAge = TimeSpan.FromDays(365),
            });
            return Results.LocalRedirect(back is { Length: > 0 } && back[0] == '/' && !back.StartsWith("//", StringComparison.Ordinal) && !back.StartsWith("/\\", StringComparison.Ordinal) ? back : "/");
        }).AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>
    /// An answer without a body outside the API (an unknown address, a page's 404 or 403, a form that could not be read) is
    /// shown by <c>Error.cshtml</c> inside the layout; the API and the health checks keep their problem+json: for them this
    /// middleware stands aside and the problem status-code pages registered before it answer. (Not <c>UseWhen</c>: a branch
    /// built at start-up has no router to re-execute through.)
    /// </summary>
    public static void UseSupervisionStatusPages(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use((ctx, next) =>
        {
            if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/health") || ctx.Request.Path.StartsWithSegments("/openapi"))
            {
                ctx.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()!.Enabled = false;
            }

            return next(ctx);
        });
    }

    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = typeof(WebSetup).Assembly.GetManifestResourceStream("Supervision.Host.Web.site.css")
            ?? throw new InvalidOperationException("The stylesheet is not embedded in the host.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Headers on every answer: no framing, no sniffing, no referrer outside the host, and nothing loaded from anywhere else.</summary>
    public static void UseSupervisionWebHeaders(this WebApplication app) => app.Use((ctx, next) =>
    {
        var headers = ctx.Response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Frame-Options"] = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Content-Security-Policy"] =
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        return next(ctx);
    });
}
