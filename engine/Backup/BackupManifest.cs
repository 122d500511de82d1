using System.Text.Json;
using System.Text.Json.Serialization;

namespace Supervision.Engine.Backup;

/// <summary>
/// What a backup archive holds (<c>supervision-backup/1</c>, the archive's last entry <c>manifest.json</c>): the
/// installation it came from, the log's head and stream heads at the copy, the newest signed checkpoint in it, and a
/// SHA-256 of every other entry. Last, so a truncated archive is one without a manifest.
/// </summary>
public sealed record BackupManifest(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("installation")] string Installation,
    [property: JsonPropertyName("store")] string Store,
    [property: JsonPropertyName("log")] BackupLog Log,
    [property: JsonPropertyName("checkpoint")] BackupCheckpoint? Checkpoint,
    [property: JsonPropertyName("files")] IReadOnlyList<BackupFile> Files)
{
    public const string FormatName = "supervision-backup/1";

    public const string EntryName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a manifest; throws <see cref="BackupRefusedException"/> when it is not one of this format.</summary>
    public static BackupManifest Parse(string json)
    {
        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(json, Json);
        }
        catch (JsonException e)
        {
            throw new BackupRefusedException($"its manifest is not readable JSON ({e.Message}): the archive is damaged.");
        }

        return manifest is { Format: FormatName, Files: not null, Log: not null, Installation: not null }
            ? manifest
            : throw new BackupRefusedException($"its manifest is not a {FormatName} manifest: it is not a Supervision backup.");
    }
}

/// <summary>The log at the moment of the copy: position, log hash, and the stream heads as a count and one SHA-256.</summary>
public sealed record BackupLog(
    [property: JsonPropertyName("position")] long Position,
    [property: JsonPropertyName("log_hash")] string LogHash,
    [property: JsonPropertyName("streams")] int Streams,
    [property: JsonPropertyName("streams_hash")] string StreamsHash);

/// <summary>The newest signed checkpoint in the archive.</summary>
public sealed record BackupCheckpoint(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("position")] long Position,
    [property: JsonPropertyName("fingerprint")] string Fingerprint);

/// <summary>One entry of the archive: its path inside the data folder, its size and its SHA-256.</summary>
public sealed record BackupFile(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("bytes")] long Bytes,
    [property: JsonPropertyName("sha256")] string Sha256);
