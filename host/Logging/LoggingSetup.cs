using Serilog;
using Serilog.Formatting.Compact;
using Supervision.Host.Configuration;

namespace Supervision.Host.Logging;

/// <summary>Serilog: readable console lines and a compact-JSON file under the data folder, one a day, kept <c>Supervision:Logs:KeepDays</c> days.</summary>
public static class LoggingSetup
{
    public static void AddSupervisionLogging(this WebApplicationBuilder builder, SupervisionOptions options)
    {
        // Defaults first, so that a "Serilog" section (or --Serilog:MinimumLevel:Default=Warning) can override them.
        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Orleans", Serilog.Events.LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(options.DataDirectory, "logs", "supervision-.json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: options.Logs.KeepDays),
            // Each host logs through its own logger: with the static one, a second host in the process (tests, tools)
            // would take over the first one's log lines.
            preserveStaticLogger: true);
    }

    public static void UseSupervisionRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "{RequestMethod} {RequestPath} answered {StatusCode} in {Elapsed:0.0} ms";
            // A 500 is logged as an error once, with its exception, by the exception handler; the request line stays information.
            o.GetLevel = (_, _, exception) => exception is null ? Serilog.Events.LogEventLevel.Information : Serilog.Events.LogEventLevel.Error;
        });
}
