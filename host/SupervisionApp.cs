using Supervision.Host.Agencies;
using Supervision.Host.Api;
using Supervision.Host.Assignments;
using Supervision.Host.Auth;
using Supervision.Host.Backup;
using Supervision.Host.Batches;
using Supervision.Host.Calendar;
using Supervision.Host.Campaigns;
using Supervision.Host.Configuration;
using Supervision.Host.Demo;
using Supervision.Host.Health;
using Supervision.Host.Import;
using Supervision.Host.Keys;
using Supervision.Host.Logging;
using Supervision.Host.MajorIssues;
using Supervision.Host.Metrics;
using Supervision.Host.Notices;
using Supervision.Host.OpenApi;
using Supervision.Host.Plans;
using Supervision.Host.Deadlines;
using Supervision.Host.Evaluations;
using Supervision.Host.Cascade;
using Supervision.Host.Reviews;
using Supervision.Host.Reactions;
using Supervision.Host.Rounds;
using Supervision.Host.Targets;
using Supervision.Host.Trails;
using Supervision.Host.Users;
using Supervision.Host.Audit;
using Supervision.Host.Retention;
using Supervision.Host.Web;
using Supervision.Host.Workflows;

namespace Supervision.Host;

/// <summary>The web host, composed: the silo, the API, the checks. <c>Program</c> and the host tests both build it here.</summary>
public static class SupervisionApp
{
    /// <summary>Serves until stopped; a wrong setting ends it at once with the sentence saying which and why (exit 2).</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        args = DemoSetup.Without(args, out var demo);
        try
        {
            app = Build(args);
        }
        catch (Exception e) when (e is Microsoft.Extensions.Options.OptionsValidationException or Supervision.Workflows.Definition.DefinitionException
            or InvalidOperationException { Source: "Microsoft.Extensions.Configuration.Binder" })
        {
            await Console.Error.WriteLineAsync($"configuration error: {e.Message}");
            return 2;
        }

        try
        {
            return await RunAsync(app, demo);
        }
        catch (Exception e) when (StartRefusedException.In(e) is { } refused)
        {
            await Console.Error.WriteLineAsync($"configuration error: {refused.Message}");
            return 2;
        }
    }

    private static async Task<int> RunAsync(WebApplication app, bool demo)
    {
        if (!demo)
        {
            await app.RunAsync();
            return 0;
        }

        // The demo plays the region's months of history on a virtual clock before the host opens the store, then fills
        // the rest once the host is up; or refuses (exit 2) and stops it again.
        await using (app)
        {
            var region = await DemoRegion.FillAsync(app.Services.GetRequiredService<Configuration.SupervisionOptions>(), TimeProvider.System.GetUtcNow(), CancellationToken.None);
            if (region is null)
            {
                return 2;
            }

            await app.StartAsync();
            var filled = await ActivatorUtilities.CreateInstance<DemoSeed>(app.Services).FillAsync(app.Lifetime.ApplicationStopping, region);
            if (!filled)
            {
                await app.StopAsync();
                return 2;
            }

            await app.WaitForShutdownAsync();
            return 0;
        }
    }

    /// <summary>Builds the host; <paramref name="services"/> may register services first (tests give it a clock of their own).</summary>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        services?.Invoke(builder.Services);
        var options = builder.AddSupervisionConfiguration();
        builder.AddSupervisionLogging(options);
        builder.AddSupervisionCalendar(options);
        builder.AddSupervisionSilo(options);
        builder.AddScheduledBackups(options);
        builder.AddSupervisionHttp(options);
        builder.AddSupervisionAuth(options);
        builder.AddAccessAudit();
        builder.AddRetention(options);
        builder.Services.AddSupervisionOpenApi();
        builder.Services.AddSupervisionHealth();
        builder.AddTrailCheckpoints(options);
        builder.AddSupervisionWeb(options);
        builder.AddSupervisionNotices(options);
        builder.AddSharedKeys(options);
        builder.AddSupervisionTelemetry(options);
        builder.AddMetricsPort(options);
        builder.AddCascade();
        builder.Services.AddSingleton<PlanExport>();

        var app = builder.Build();
        app.UseSupervisionWebHeaders();
        app.UseMetricsPort(options);
        app.UseCommandCounting();
        app.UseSupervisionPipeline();
        app.UseExportAudit();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapSupervisionHealth();
        app.MapAuthApi();
        app.MapUsersApi();
        app.MapAuditApi();
        app.MapAgenciesApi();
        app.MapPlansApi();
        app.MapBatchesApi();
        app.MapAssignmentsApi();
        app.MapCascadeApi();
        app.MapReviewsApi();
        app.MapTreeApi();
        app.MapTrailsApi();
        app.MapWorkflowsApi();
        app.MapImportApi();
        app.MapReactionsApi();
        app.MapCalendarApi();
        app.MapDeadlinesApi();
        app.MapSupervisionWeb();
        app.MapNoticesApi();
        app.MapCampaignsApi();
        app.MapEvaluationsApi();
        app.MapTargetsApi();
        app.MapRoundsApi();
        app.MapMajorIssuesApi();
        app.MapSupervisionMetrics(options);
        app.MapAdminStatusApi();
        return app;
    }
}
