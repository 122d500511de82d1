using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Supervision.Engine.Backup;

/// <summary>Scheduled backups of the embedded store: one Quartz trigger on a cron expression in the office's zone.</summary>
public static class BackupSchedule
{
    /// <summary>Weekdays at 02:30, when the office is closed.</summary>
    public const string DefaultCron = "0 30 2 ? * MON-FRI";

    public static IServiceCollection AddScheduledBackups(this IServiceCollection services, ScheduledBackup settings, string cron, TimeZoneInfo zone)
    {
        services.AddSingleton(settings);
        services.AddQuartz(q => q.ScheduleJob<BackupJob>(
            t => t.WithIdentity("backup", "backup").WithCronSchedule(cron, c => c.InTimeZone(zone)),
            j => j.WithIdentity(BackupJob.Key)));
        return services;
    }
}
