using System.Data.Common;
using System.Text.Json;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Reactions;

/// <summary>The <c>reactions</c> table: the outbox of consequences, written with their events and worked off by the runner.</summary>
public static class ReactionRows
{
    public static Migration Migration { get; } = new(120, "reactions", """
        CREATE TABLE reactions (
            id TEXT PRIMARY KEY, stream_id TEXT NOT NULL, version INTEGER NOT NULL, kind TEXT NOT NULL, target TEXT NOT NULL,
            payload TEXT NOT NULL, actor TEXT NOT NULL, caused_at TEXT NOT NULL, attempts INTEGER NOT NULL, state TEXT NOT NULL,
            due_at TEXT NOT NULL, last_error TEXT, done_at TEXT);
        CREATE INDEX ix_reactions_due ON reactions (state, due_at);
        CREATE INDEX ix_reactions_cause ON reactions (stream_id, version);
        """);

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

    /// <summary>
    /// <see cref="Insert"/> for a reaction recorded without an event of its own (a digest): its id names what it does, so
    /// recording it again writes nothing.
    /// </summary>
    public static ProjectionWrite InsertOnce(PendingReaction r, TimeSpan lease)
    {
        var insert = Insert(r, lease);
        return insert with { Sql = insert.Sql + " ON CONFLICT (id) DO NOTHING" };
    }

    /// <summary>A parked reaction taken back by the one asking for it again, leased to it until <paramref name="until"/>, with fresh attempts.</summary>
    public static ProjectionWrite TakeBackParked(string id, DateTimeOffset until) => new(
        "UPDATE reactions SET state = 'pending', attempts = 0, due_at = @until, lease = NULL WHERE id = @id AND state = 'failed'",
        new Dictionary<string, object?> { ["id"] = id, ["until"] = until });

    public static ProjectionWrite Done(string id, DateTimeOffset at) => new(
        "UPDATE reactions SET state = 'done', done_at = @at, attempts = attempts + 1, last_error = NULL WHERE id = @id AND state = 'pending'",
        new Dictionary<string, object?> { ["id"] = id, ["at"] = at });

    public static ProjectionWrite RetryLater(string id, DateTimeOffset due, string error) => new(
        "UPDATE reactions SET attempts = attempts + 1, due_at = @due, last_error = @error WHERE id = @id AND state = 'pending'",
        new Dictionary<string, object?> { ["id"] = id, ["due"] = due, ["error"] = error });

    public static ProjectionWrite Park(string id, DateTimeOffset at, string error) => new(
        "UPDATE reactions SET state = 'failed', attempts = attempts + 1, due_at = @at, last_error = @error WHERE id = @id AND state = 'pending'",
        new Dictionary<string, object?> { ["id"] = id, ["at"] = at, ["error"] = error });

    /// <summary>
    /// Claims up to <paramref name="limit"/> due reactions for one dispatcher pass: they are leased until
    /// <paramref name="until"/> and marked with <paramref name="lease"/>, so <see cref="ClaimedAsync"/> reads back exactly
    /// these. The outer condition is checked again on each row as it is changed, so of two nodes claiming at once only
    /// one gets a row; on PostgreSQL (<paramref name="skipLocked"/>) a node passes over rows another is claiming instead
    /// of waiting for them.
    /// </summary>
    public static ProjectionWrite Claim(string lease, DateTimeOffset now, DateTimeOffset until, int limit, bool skipLocked) => new(
        $"""
        UPDATE reactions SET due_at = @until, lease = @lease
        WHERE state = 'pending' AND due_at <= @now AND id IN (
            SELECT id FROM reactions WHERE state = 'pending' AND due_at <= @now ORDER BY due_at LIMIT @limit{(skipLocked ? " FOR UPDATE SKIP LOCKED" : "")})
        """,
        new Dictionary<string, object?> { ["lease"] = lease, ["now"] = now, ["until"] = until, ["limit"] = limit });

    /// <summary>The reactions a <see cref="Claim"/> took, still pending.</summary>
    public static Task<List<PendingReaction>> ClaimedAsync(ITables tables, string lease, CancellationToken cancellationToken) =>
        tables.QueryAsync($"SELECT {Columns} FROM reactions WHERE lease = @lease AND state = 'pending' ORDER BY due_at",
            new Dictionary<string, object?> { ["lease"] = lease },
            Pending,
            cancellationToken);

    /// <summary>
    /// On start of a lone node, whatever a stopped process had leased is due at once: nothing a crash left waits out a
    /// lease. Not in a cluster, where the leases may be another node's, alive.
    /// </summary>
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
