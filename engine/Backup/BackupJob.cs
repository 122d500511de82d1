using System.Globalization;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Supervision.Engine.Backup;

/// <summary>
/// A scheduled backup, fired by Quartz at <c>Supervision:Backup:Cron</c>: one archive into the backup folder, the
/// oldest beyond <c>Keep</c> removed, the outcome recorded in <see cref="BackupStatus"/>. A failure is logged and
/// recorded, and the next firing tries again.
/// </summary>
[DisallowConcurrentExecution]
public sealed class BackupJob(ScheduledBackup settings, TimeProvider clock, ILogger<BackupJob> log) : IJob
{
    public static readonly JobKey Key = new("backup", "backup");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var file = Path.Combine(settings.Directory,
            $"{ScheduledBackup.Prefix}{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture)}{ScheduledBackup.Suffix}");
        try
        {
            Directory.CreateDirectory(settings.Directory);
            var manifest = await new BackupWriter(settings.DataDirectory, clock).WriteAsync(file, null, cancellationToken);
            BackupStatus.RecordSuccess(settings.DataDirectory, manifest.CreatedAt, file, manifest.Log.Position);
            log.LogInformation("Backup written to {File} at position {Position}", file, manifest.Log.Position);
            foreach (var old in settings.Archives().SkipLast(settings.Keep))
            {
                File.Delete(old);
            }
        }
        catch (Exception e) when (e is BackupRefusedException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            log.LogError(e, "Scheduled backup to {File} failed: {Reason}", file, e.Message);
            BackupStatus.RecordFailure(settings.DataDirectory, now, BackupFailure.Classify(e), e.Message);
        }
    }
}
