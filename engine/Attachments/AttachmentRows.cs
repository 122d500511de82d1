using Supervision.Engine.Trail;

namespace Supervision.Engine.Attachments;

/// <summary>
/// The <c>attachments</c> table: which upload brought each file to which stream. A row is written only with the event that
/// carries the file (so a refused command leaves none, and no one records a file to a stream they may not write), or by
/// the one backfill of events written before events carried files.
/// </summary>
public static class AttachmentRows
{
    public static Migration Migration { get; } = new(420, "attachments by upload", """
        CREATE TABLE attachments (
            stream_id TEXT NOT NULL, version INTEGER NOT NULL, hash TEXT NOT NULL, name TEXT NOT NULL, content_type TEXT NOT NULL,
            size INTEGER NOT NULL, uploaded_by TEXT NOT NULL, uploaded_at TEXT NOT NULL, PRIMARY KEY (stream_id, version, hash));
        CREATE INDEX ix_attachments_hash ON attachments (stream_id, hash);
        CREATE TABLE attachment_backfills (name TEXT PRIMARY KEY, done_at TEXT NOT NULL, rows_added INTEGER NOT NULL);
        """);

    private const string Columns = "stream_id, version, hash, name, content_type, size, uploaded_by, uploaded_at";

    /// <summary>The rows for the files the events being appended to <paramref name="streamId"/> carry.</summary>
    public static IEnumerable<ProjectionWrite> Follow(string streamId, IReadOnlyList<RecordedEvent> recorded) =>
        recorded.Where(r => r.Event is ICarriesFiles)
            .SelectMany(r => (((ICarriesFiles)r.Event).Files ?? []).Select(f => Insert(streamId, r.Version, f, r.Entry.Actor.UserId, r.Entry.At)));

    public static ProjectionWrite Insert(string streamId, long version, AttachedFile file, string uploadedBy, DateTimeOffset at) => new(
        $"INSERT INTO attachments ({Columns}) VALUES (@stream, @version, @hash, @name, @type, @size, @by, @at) ON CONFLICT (stream_id, version, hash) DO NOTHING",
        new Dictionary<string, object?>
        {
            ["stream"] = streamId, ["version"] = version, ["hash"] = file.Hash, ["name"] = file.Name, ["type"] = file.ContentType,
            ["size"] = file.Size, ["by"] = uploadedBy, ["at"] = at,
        });

    /// <summary>The files uploaded to one stream, each hash once (its first upload), oldest first.</summary>
    public static async Task<List<AttachedFile>> OfStreamAsync(ITables tables, string streamId, CancellationToken cancellationToken) =>
        [.. (await tables.QueryAsync(
            $"SELECT {Columns} FROM attachments WHERE stream_id = @stream ORDER BY version, name LIMIT 2000",
            new Dictionary<string, object?> { ["stream"] = streamId }, Read, cancellationToken)).Select(r => r.File).DistinctBy(f => f.Hash)];

    /// <summary>The file recorded under exactly this hash on this stream, or null.</summary>
    public static async Task<AttachedFile?> FindAsync(ITables tables, string streamId, string hash, CancellationToken cancellationToken) =>
        (await tables.QueryAsync(
            $"SELECT {Columns} FROM attachments WHERE stream_id = @stream AND hash = @hash ORDER BY version LIMIT 1",
            new Dictionary<string, object?> { ["stream"] = streamId, ["hash"] = hash }, Read, cancellationToken)) is [var first, ..] ? first.File : null;

    private static (string Stream, AttachedFile File) Read(System.Data.Common.DbDataReader r) =>
        (r.GetString(0), new AttachedFile(r.GetString(3), r.GetString(4), r.GetInt64(5), r.GetString(2)));
}
