using System.Data.Common;
using System.Text.Json;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Reactions;

/// <summary>The <c>reactions</c> table: the outbox of consequences, written with their events and worked off by the runner.</summary>
public static class ReactionRows
{
    public const string Columns = "id, stream_id, version, kind, target, payload, actor, caused_at, attempts, state, due_at, last_error, done_at";

    /// <summary>The row of a new reaction, written in its event's transaction. A settled one is leased to its grain first.</summary>
    public static ProjectionWrite Insert(PendingReaction r, TimeSpan lease) => new(
        """
        INSERT INTO reactions (id, stream_id, version, kind, target, payload, actor, caused_at, attempts, state, due_at)
        VALUES (@id, @stream, @version, @kind, @target, @payload, @actor, @caused_at, 0, 'pending', @due_at)
        """,
        new Dictionary<string, object?>
        {
            ["id"] = r.Id, ["stream"] = r.StreamId, ["version"] = r.Version, ["kind"] = r.Kind, ["target"] = r.Target,
            ["payload"] = r.Payload, ["actor"] = JsonSerializer.Serialize(r.Actor, EventCodec.Json), ["caused_at"] = r.CausedAt,
            ["due_at"] = r.Settle ? r.CausedAt + lease : r.CausedAt,
        });

    public static ProjectionWrite Done(string id, DateTimeOffset at) => new(
        "UPDATE reactions SET state = 'done', done_at = @at, attempts = attempts + 1, last_error = NULL WHERE id = @id AND state = 'pending'",
        new Dictionary<string, object?> { ["id"] = id, ["at"] = at });

    public static ProjectionWrite RetryLater(string id, DateTimeOffset due, string error) => new(
        "UPDATE reactions SET attempts = attempts + 1, due_at = @due, last_error = @error WHERE id = @id AND state = 'pending'",
        new Dictionary<string, object?> { ["id"] = id, ["due"] = due, ["error"] = error });

    public static ProjectionWrite Park(string id, DateTimeOffset at, string error) => new(
        "UPDATE reactions SET state = 'failed', attempts = attempts + 1, due_at = @at, last_error = @error WHERE id = @id AND state = 'pending'",
        new Dictionary<string, object?> { ["id"] = id, ["at"] = at, ["error"] = error });

    /// <summary>Leases due reactions to the dispatcher so no other runner takes them meanwhile.</summary>
    public static ProjectionWrite Lease(IReadOnlyCollection<string> ids, DateTimeOffset until)
    {
        // One parameter per id: the same SQL on SQLite and PostgreSQL (no json_each, no arrays).
        var parameters = new Dictionary<string, object?> { ["until"] = until };
        var names = ids.Select((id, i) => { parameters[$"id{i}"] = id; return $"@id{i}"; }).ToList();
        return new(
            $"UPDATE reactions SET due_at = @until WHERE state = 'pending' AND id IN ({(names.Count == 0 ? "NULL" : string.Join(", ", names))})",
            parameters);
    }

    /// <summary>On start, whatever a stopped process had leased is due at once: nothing a crash left waits out a lease.</summary>
    public static ProjectionWrite ReleaseLeases(DateTimeOffset now) => new(
        "UPDATE reactions SET due_at = @now WHERE state = 'pending' AND due_at > @now AND attempts = 0",
        new Dictionary<string, object?> { ["now"] = now });

    /// <summary>Makes parked (or waiting) reactions due now with fresh attempts. <paramref name="id"/> null: every parked one.</summary>
    public static ProjectionWrite Retry(string? id, DateTimeOffset now) => new(
        id is null
            ? "UPDATE reactions SET state = 'pending', attempts = 0, due_at = @now WHERE state = 'failed'"
            : "UPDATE reactions SET state = 'pending', attempts = 0, due_at = @now WHERE id = @id AND state <> 'done'",
        new Dictionary<string, object?> { ["id"] = id, ["now"] = now });

    public static Task<List<PendingReaction>> DueAsync(ITables tables, DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        tables.QueryAsync($"SELECT {Columns} FROM reactions WHERE state = 'pending' AND due_at <= @now ORDER BY due_at LIMIT @limit",
            new Dictionary<string, object?> { ["now"] = TrailTime.Format(now), ["limit"] = limit },
            Pending,
            cancellationToken);

    public static PendingReaction Pending(DbDataReader r) => new(
        r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.GetString(5),
        JsonSerializer.Deserialize<Actor>(r.GetString(6), EventCodec.Json)!, TrailTime.Parse(r.GetString(7)), r.GetInt32(8), Settle: false);
}
