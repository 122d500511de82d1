namespace Supervision.Engine.Metrics;

/// <summary>
/// Where the figures learn when the last backup succeeded. The backup feature writes it; until it does (or on a node that
/// never backs up), <see cref="BackupRecordFile"/> reads the backup status file in the data folder.
/// </summary>
public interface IBackupRecord
{
    /// <summary>When the last backup of this installation succeeded, or null when none is known.</summary>
    Task<DateTimeOffset?> LastSuccessAsync(CancellationToken cancellationToken = default);
}
