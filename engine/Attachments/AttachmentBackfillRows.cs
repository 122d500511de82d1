using Supervision.Engine.Trail;

namespace Supervision.Engine.Attachments;

/// <summary>
/// What the one backfill of old uploads reads and writes: the <c>attachment_backfills</c> row that says it ran, and the
/// trail's events of the kinds that carried attachment lines in their text, a page at a time by position.
/// </summary>
public static class AttachmentBackfillRows
{
    public static async Task<bool> DoneAsync(ITables tables, string name, CancellationToken cancellationToken) =>
        (await tables.QueryAsync("SELECT 1 FROM attachment_backfills WHERE name = @name", new Dictionary<string, object?> { ["name"] = name }, r => 1, cancellationToken)).Count > 0;

    public static ProjectionWrite Done(string name, DateTimeOffset at, int rowsAdded) => new(
        "INSERT INTO attachment_backfills (name, done_at, rows_added) VALUES (@name, @at, @rows) ON CONFLICT (name) DO NOTHING",
        new Dictionary<string, object?> { ["name"] = name, ["at"] = at, ["rows"] = rowsAdded });

    /// <summary>Up to <paramref name="page"/> events of <paramref name="types"/> after <paramref name="after"/>, by position.</summary>
    public static Task<List<BackfilledEvent>> PageAsync(ITables tables, long after, IEnumerable<string> types, int page, CancellationToken cancellationToken) => tables.QueryAsync(
        $"""
        SELECT position, stream_id, version, type, payload, actor_user, actor_role, at FROM events
        WHERE position > @after AND type IN ({string.Join(", ", types.Select(k => $"'{k}'"))}) ORDER BY position LIMIT {page}
        """,
        new Dictionary<string, object?> { ["after"] = after },
        r => new BackfilledEvent(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), TrailTime.Parse(r.GetString(7))),
        cancellationToken);
}

/// <summary>An event read by the backfill: where it is, what it says, and who wrote it when.</summary>
public sealed record BackfilledEvent(long Position, string Stream, long Version, string Type, string Payload, string User, string Role, DateTimeOffset At);
