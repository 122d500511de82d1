using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Supervision.Engine.Metrics;

namespace Supervision.Host.Metrics;

/// <summary>
/// Metrics and traces with OpenTelemetry: our own meter and activity source (<see cref="Telemetry"/>), Orleans' meter
/// and activities, ASP.NET Core's and the runtime's; scraped at <c>/metrics</c> (<see cref="MetricsEndpoint"/>) and
/// sent over OTLP when <c>Supervision:Otlp:Endpoint</c> is set.
/// </summary>
public static class MetricsSetup
{
    // Orleans publishes its runtime meter and its grain-call activities under these names.
    private const string OrleansMeter = "Microsoft.Orleans";
    private static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static void AddSupervisionTelemetry(this WebApplicationBuilder builder, Configuration.SupervisionOptions options)
    {
        // The backup feature may register its own record first; otherwise the file in the data folder is read.
        builder.Services.TryAddSingleton<IBackupRecord>(new BackupRecordFile(options.DataDirectory));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<FiguresQuery>(sp, options.DataDirectory));
        var otlp = options.Otlp.Endpoint;
        if (!options.Metrics.Enabled && otlp is null)
        {
            return;
        }

        builder.Services.AddHostedService<FigureGauges>();
        builder.Services.AddOpenTelemetry()
            .WithMetrics(m =>
            {
                m.AddMeter(Telemetry.Name, OrleansMeter).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation();
                if (options.Metrics.Enabled)
                {
                    // No cache: a scrape right after a command shows it.
                    m.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                }

                if (otlp is not null)
                {
                    m.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            })
            .WithTracing(t =>
            {
                t.AddSource([Telemetry.Name, .. OrleansSources]).AddAspNetCoreInstrumentation();
                if (otlp is not null)
                {
                    t.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
    }
}
