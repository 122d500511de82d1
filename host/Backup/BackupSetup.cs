using Supervision.Engine.Backup;
using Supervision.Engine.Hosting;
using Supervision.Host.Configuration;

namespace Supervision.Host.Backup;

/// <summary>Scheduled backups on the host's Quartz scheduler, and the check of their settings.</summary>
public static class BackupSetup
{
    public static void AddScheduledBackups(this WebApplicationBuilder builder, SupervisionOptions options)
    {
        var backup = options.Backup;
        if (!backup.Enabled || !options.Deadlines.Enabled || options.Store != StoreSetup.Sqlite)
        {
            return;
        }

        var data = Path.GetFullPath(options.DataDirectory);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        builder.Services.AddScheduledBackups(new ScheduledBackup(data, Path.Combine(data, backup.Directory), backup.Keep), backup.Cron, zone);
    }

    public static IEnumerable<string> Problems(BackupOptions backup)
    {
        if (!IsCron(backup.Cron))
        {
            yield return $"Setting Supervision:Backup:Cron is invalid: '{backup.Cron}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week), such as {BackupSchedule.DefaultCron}.";
        }

        if (backup.Keep is < 1 or > 10_000)
        {
            yield return $"Setting Supervision:Backup:Keep is invalid: must be 1–10000 (was {backup.Keep}).";
        }

        if (string.IsNullOrWhiteSpace(backup.Directory))
        {
            yield return "Setting Supervision:Backup:Directory is invalid: give a folder (relative to the data folder, or absolute).";
        }
    }

    private static bool IsCron(string cron)
    {
        try
        {
            _ = new Quartz.CronExpression(cron);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
