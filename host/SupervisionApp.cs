using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using System.Text.Json.Serialization;
using Supervision.Engine.Hosting;
using Supervision.Host.Agencies;
using Supervision.Host.Api;
using Supervision.Host.Assignments;
using Supervision.Host.Auth;
using Supervision.Host.Calendar;
using Supervision.Host.Configuration;
using Supervision.Host.Health;
using Supervision.Host.Import;
using Supervision.Host.Logging;
using Supervision.Host.OpenApi;
using Supervision.Host.Plans;
using Supervision.Host.Reactions;
using Supervision.Host.Trails;
using Supervision.Host.Users;
using Supervision.Host.Workflows;

namespace Supervision.Host;

/// <summary>The web host, composed: the silo, the API, the checks. <c>Program</c> and the host tests both build it here.</summary>
public static class SupervisionApp
{
    /// <summary>Serves until stopped; a wrong setting ends it at once with the sentence saying which and why (exit 2).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (Exception e) when (e is Microsoft.Extensions.Options.OptionsValidationException or Supervision.Workflows.Calendar.CalendarException
            or InvalidOperationException { Source: "Microsoft.Extensions.Configuration.Binder" })
        {
            await Console.Error.WriteLineAsync($"configuration error: {e.Message}");
            return 2;
        }

        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        }

        var options = builder.AddSupervisionConfiguration();
        builder.Services.AddSingleton(options);
        builder.AddSupervisionLogging(options);
        builder.AddSupervisionCalendar(options);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(options.SiloPort, options.GatewayPort)
            .AddSupervisionEngine(options.Store, options.DatabasePath));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            // A misspelt member is refused (400 naming it), never silently dropped with the value it carried.
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddSupervisionProblems();
        builder.AddSupervisionAuth();
        builder.Services.AddSupervisionOpenApi();
        builder.Services.AddSupervisionHealth();
        builder.Services.AddHostedService<InitialAdmin>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.AddTrailCheckpoints(options);
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")));

        var app = builder.Build();
        app.UseSupervisionRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCharsetGuard();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRouteIdGuard();
        app.UseMiddleware<Idempotency>();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapSupervisionHealth();
        app.MapAuthApi();
        app.MapUsersApi();
        app.MapAgenciesApi();
        app.MapPlansApi();
        app.MapAssignmentsApi();
        app.MapTrailsApi();
        app.MapWorkflowsApi();
        app.MapImportApi();
        app.MapReactionsApi();
        app.MapCalendarApi();
        return app;
    }
}
