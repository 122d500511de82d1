using System.Text.Json.Serialization;

using Supervision.Host.Logging;

namespace Supervision.Host.Api;

/// <summary>How the API speaks HTTP: where it listens, how large a body may be, its JSON, its problems, and the order of the request pipeline.</summary>
public static class HttpSetup
{
    public static void AddSupervisionHttp(this WebApplicationBuilder builder, Configuration.SupervisionOptions options)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            Engine.Json.JsonConventions.Apply(o.SerializerOptions);
            // A misspelt member is refused (400 naming it), never silently dropped with the value it carried.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddSupervisionProblems();
        // Grains store a keyed command's answer as the API writes it: with the API's own JSON options.
        builder.Services.AddSingleton(sp => new Engine.Idempotency.KeyedAnswers(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions));
    }

    /// <summary>
    /// The pipeline, in order: log the request; turn errors and bodiless answers into problems; refuse unreadable charsets
    /// before anything reads a body; sign in; refuse ids no grain can have; then idempotency around every command, inside which a
    /// command that takes no body refuses one with members (as a body's unknown member is refused, also inside).
    /// </summary>
    public static void UseSupervisionPipeline(this WebApplication app)
    {
        app.UseSupervisionRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        Web.WebSetup.UseSupervisionStatusPages(app);
        app.UseCharsetGuard();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRouteIdGuard();
        app.UseMiddleware<Idempotency>();
        app.UseBodilessGuard();
    }
}
