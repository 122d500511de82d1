namespace Supervision.Host.Backup;

/// <summary>Scheduled backups (<c>Supervision:Backup:*</c>) of the embedded store.</summary>
public sealed class BackupOptions
{
    /// <summary>Whether the host takes scheduled backups (the embedded store with deadlines on: Quartz fires them).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A Quartz cron expression in the office's zone: when a backup is taken.</summary>
    public string Cron { get; set; } = Engine.Backup.BackupSchedule.DefaultCron;

    /// <summary>Where the archives go; relative to the data folder unless absolute.</summary>
    public string Directory { get; set; } = "backups";

    /// <summary>How many archives are kept there; the oldest beyond are removed after a success.</summary>
    public int Keep { get; set; } = 10;
}
