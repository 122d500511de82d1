using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supervision.Engine.Backup;

/// <summary>
/// The last backup that succeeded and the last that failed, in <c>backup-status.json</c> in the data folder: what the
/// metrics (<c>supervision_backup_last_success_timestamp</c>) and the admin's status page read. Replaced whole, never half-written.
/// </summary>
public sealed record BackupStatus(
    [property: JsonPropertyName("last_success_at")] DateTimeOffset? LastSuccessAt,
    [property: JsonPropertyName("last_success_file")] string? LastSuccessFile,
    [property: JsonPropertyName("last_success_position")] long? LastSuccessPosition,
    [property: JsonPropertyName("last_failure_at")] DateTimeOffset? LastFailureAt,
    [property: JsonPropertyName("last_failure")] string? LastFailure,
    [property: JsonPropertyName("last_failure_code")] string? LastFailureCode = null)
{
    public const string FileName = "backup-status.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private static readonly Lock Writing = new();

    public static BackupStatus None { get; } = new(null, null, null, null, null);

    /// <summary>The status recorded in <paramref name="dataDirectory"/>; <see cref="None"/> when no backup ran yet (or the file cannot be read).</summary>
    public static BackupStatus Read(string dataDirectory)
    {
        try
        {
            return JsonSerializer.Deserialize<BackupStatus>(File.ReadAllText(Path.Combine(dataDirectory, FileName)), Json) ?? None;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return None;
        }
    }

    public static void RecordSuccess(string dataDirectory, DateTimeOffset at, string file, long position) =>
        Update(dataDirectory, s => s with { LastSuccessAt = at, LastSuccessFile = file, LastSuccessPosition = position });

    /// <summary>Records a failure: its <see cref="BackupFailure"/> code (what the status page says) and the exception's text (what the log says).</summary>
    public static void RecordFailure(string dataDirectory, DateTimeOffset at, string code, string reason) =>
        Update(dataDirectory, s => s with { LastFailureAt = at, LastFailure = reason, LastFailureCode = code });

    private static void Update(string dataDirectory, Func<BackupStatus, BackupStatus> change)
    {
        lock (Writing)
        {
            var path = Path.Combine(dataDirectory, FileName);
            File.WriteAllText(path + ".partial", JsonSerializer.Serialize(change(Read(dataDirectory)), Json));
            File.Move(path + ".partial", path, overwrite: true);
        }
    }
}
