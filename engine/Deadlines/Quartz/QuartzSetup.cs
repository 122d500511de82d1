using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Quartz;

namespace Supervision.Engine.Deadlines.Quartz;

/// <summary>
/// Quartz.NET owns the firings: a persistent store (<see cref="QuartzStore"/>: its own SQLite file under the data folder,
/// or PostgreSQL clustered across the nodes), one durable job, one trigger per distinct due instant. Jobs start once the
/// application has started (the silo is up) and are waited for on shutdown. The job asks for recovery: a firing cut off
/// by a node's death (or a crash) runs again, on another node or at the next start.
/// </summary>
public static class QuartzSetup
{
    /// <param name="services">The host's services.</param>
    /// <param name="quartzDatabasePath">Quartz's own SQLite file.</param>
    /// <param name="digest">When the daily digest fires: the hour in the office's zone; null for no digest job.</param>
    public static IServiceCollection AddQuartzDeadlines(this IServiceCollection services, string quartzDatabasePath, (int Hour, TimeZoneInfo Zone)? digest = null) =>
        services.AddQuartzDeadlines(QuartzStore.Sqlite(quartzDatabasePath), digest);

    /// <param name="services">The host's services.</param>
    /// <param name="store">Where Quartz keeps its firings.</param>
    /// <param name="digest">When the daily digest fires: the hour in the office's zone; null for no digest job.</param>
    public static IServiceCollection AddQuartzDeadlines(this IServiceCollection services, QuartzStore store, (int Hour, TimeZoneInfo Zone)? digest = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        services.AddQuartz(q =>
        {
            if (store.InstanceId is { } id)
            {
                q.ConfigureScheduler(o => o.InstanceId = id);
            }

            q.UsePersistentStore(store.Configure);
            q.AddJob<DeadlineJob>(j => j.WithIdentity(DeadlineJob.Key).StoreDurably().RequestRecovery());
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
