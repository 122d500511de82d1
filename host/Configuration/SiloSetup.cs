using Supervision.Engine.Deadlines.Quartz;
using Supervision.Engine.Hosting;

namespace Supervision.Host.Configuration;

/// <summary>The Orleans silo inside the host, with the engine on the store the settings choose.</summary>
public static class SiloSetup
{
    public static void AddSupervisionSilo(this WebApplicationBuilder builder, SupervisionOptions options) =>
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort).AddSupervisionEngine(options.Store, options.StoreLocation);
            // Without deadlines (Supervision:Deadlines:Enabled=false) the engine's in-memory queue is left in place and never drained.
            if (options.Deadlines.Enabled)
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone ?? Supervision.Workflows.Calendar.DueTimes.DefaultZoneId);
                silo.Services.AddQuartzDeadlines(options.QuartzDatabasePath, (options.Notices.DigestHour, zone));
            }
        });
}
