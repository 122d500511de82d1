using Supervision.Engine.Backup;

namespace Supervision.Engine.Metrics;

/// <summary>
/// The last successful backup, as the <c>backup</c> verb and the scheduled backups record it in
/// <c>{data}/backup-status.json</c> (<see cref="BackupStatus"/>). An operator who backs up by other means (PostgreSQL's
/// <c>pg_basebackup</c>) records the success there too, or gives the host an <see cref="IBackupRecord"/> of their own.
/// </summary>
public sealed class BackupRecordFile(string dataDirectory) : IBackupRecord
{
    public Task<DateTimeOffset?> LastSuccessAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(BackupStatus.Read(dataDirectory).LastSuccessAt);
}
