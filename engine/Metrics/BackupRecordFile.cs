using System.Globalization;

namespace Supervision.Engine.Metrics;

/// <summary>
/// The last successful backup as one ISO-8601 instant in <c>{data}/backups/last-success</c>, written by whatever took
/// the backup (the <c>backup</c> verb, the scheduled job or an operator's own script after <c>pg_basebackup</c>).
/// </summary>
public sealed class BackupRecordFile(string dataDirectory) : IBackupRecord
{
    public const string RelativePath = "backups/last-success";

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetFullPath(dataDirectory), RelativePath);

    public async Task<DateTimeOffset?> LastSuccessAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var text = (await File.ReadAllTextAsync(Path, cancellationToken)).Trim();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
    }

    /// <summary>Records a success at <paramref name="at"/> (the backup feature calls this; so can a test).</summary>
    public async Task WriteAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await File.WriteAllTextAsync(Path, at.ToString("O", CultureInfo.InvariantCulture), cancellationToken);
    }
}
