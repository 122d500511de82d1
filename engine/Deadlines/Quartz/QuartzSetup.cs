using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Quartz;

namespace Supervision.Engine.Deadlines.Quartz;

/// <summary>
/// Quartz.NET owns the firings: a persistent store in its own SQLite file under the data folder (the schema Quartz
/// creates when missing), one durable job, one trigger per distinct due instant. Jobs start once the application has
/// started (the silo is up) and are waited for on shutdown.
/// </summary>
public static class QuartzSetup
{
    /// <param name="services">The host's services.</param>
    /// <param name="quartzDatabasePath">Quartz's own SQLite file.</param>
    /// <param name="digest">When the daily digest fires: the hour in the office's zone; null for no digest job.</param>
    public static IServiceCollection AddQuartzDeadlines(this IServiceCollection services, string quartzDatabasePath, (int Hour, TimeZoneInfo Zone)? digest = null)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = quartzDatabasePath, Pooling = true }.ToString();
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(connection);
                store.ProvisionSchema();
            });
            q.AddJob<DeadlineJob>(j => j.WithIdentity(DeadlineJob.Key).StoreDurably());
            if (digest is { } d)
            {
                q.ScheduleJob<Notices.Digests.DigestJob>(
                    t => t.WithIdentity("daily-digest", "notices").WithCronSchedule($"0 0 {d.Hour} * * ?", c => c.InTimeZone(d.Zone)),
                    j => j.WithIdentity(Notices.Digests.DigestJob.Key));
            }
        });
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
        });
        services.AddSingleton<IDeadlineTriggers, QuartzDeadlineTriggers>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, DeadlineStart>();
        return services;
    }
}
