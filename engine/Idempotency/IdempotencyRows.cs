using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Idempotency;

/// <summary>
/// The <c>idempotency</c> table: one row per user and <c>Idempotency-Key</c>, claimed by the node running its command
/// (status 0, no answer yet) and then holding the answer given, so a repeat gets it again.
/// </summary>
public static class IdempotencyRows
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(104, "idempotency", """
            CREATE TABLE idempotency (
                user_id TEXT NOT NULL, idem_key TEXT NOT NULL, request_hash TEXT NOT NULL, status_code INTEGER NOT NULL,
                content_type TEXT, body TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (user_id, idem_key));
            """),
        // Lets the host see that a keyed command is already in the trail when its answer was lost in a crash.
        new(130, "events by idempotency key", "CREATE INDEX ix_events_idempotent ON events (correlation_id) WHERE correlation_id LIKE 'idem:%';"),
    ];

    /// <summary>
    /// One read answers both questions: is there a stored answer (or a claim), and does the trail hold the command
    /// (<paramref name="correlationId"/>)? The LIKE term matches the partial index ix_events_idempotent, so the second
    /// question is an index lookup.
    /// </summary>
    public static async Task<IdempotencyRecord> ReadAsync(ITables tables, string user, string key, string? correlationId, CancellationToken cancellationToken) =>
        (await tables.QueryAsync(
            """
            SELECT i.request_hash, i.status_code, i.content_type, i.body,
                   EXISTS (SELECT 1 FROM events WHERE correlation_id = @id AND correlation_id LIKE 'idem:%'), i.claimed_by
            FROM (SELECT 1) AS one LEFT JOIN idempotency i ON i.user_id = @user AND i.idem_key = @key
            """,
            new Dictionary<string, object?> { ["user"] = user, ["key"] = key, ["id"] = correlationId },
            r => new IdempotencyRecord(r.NullableString(0), r.IsDBNull(1) ? 0 : r.GetInt32(1), r.NullableString(2), r.NullableString(3) ?? "", r.GetBoolean(4), r.NullableString(5)),
            cancellationToken))[0];

    /// <summary>
    /// Claims the key for <paramref name="node"/> before its command runs. <paramref name="takeOverFrom"/> null: the key
    /// is new; otherwise the claim of that (dead) node is taken over. One row changed: claimed.
    /// </summary>
    public static ProjectionWrite Claim(string user, string key, string requestHash, string node, string? takeOverFrom, DateTimeOffset at) => new(
        takeOverFrom is null
            ? "INSERT INTO idempotency (user_id, idem_key, request_hash, status_code, content_type, body, created_at, claimed_by) VALUES (@user, @key, @hash, 0, NULL, '', @at, @me) ON CONFLICT (user_id, idem_key) DO NOTHING"
            : "UPDATE idempotency SET claimed_by = @me, created_at = @at WHERE user_id = @user AND idem_key = @key AND status_code = 0 AND COALESCE(claimed_by, '') = @old",
        new Dictionary<string, object?> { ["user"] = user, ["key"] = key, ["hash"] = requestHash, ["me"] = node, ["old"] = takeOverFrom, ["at"] = at });

    /// <summary>
    /// The key and its settled answer at once, for a key nobody claimed: written in the transaction of the command's
    /// events (or alone, for an answer no grain stored). One row changed: stored; none: the key already has a row.
    /// </summary>
    public static ProjectionWrite Answer(KeyedCall call, int status, string? contentType, string body, DateTimeOffset at) => new(
        "INSERT INTO idempotency (user_id, idem_key, request_hash, status_code, content_type, body, created_at, claimed_by) VALUES (@user, @key, @hash, @status, @type, @body, @at, NULL) ON CONFLICT (user_id, idem_key) DO NOTHING",
        new Dictionary<string, object?> { ["user"] = call.User, ["key"] = call.Key, ["hash"] = call.Hash, ["status"] = status, ["type"] = contentType, ["body"] = body, ["at"] = at });

    /// <summary>Replaces the answer stored for an unclaimed key with the one really given (they should never differ).</summary>
    public static ProjectionWrite Correct(KeyedCall call, int status, string? contentType, string body) => new(
        "UPDATE idempotency SET status_code = @status, content_type = @type, body = @body WHERE user_id = @user AND idem_key = @key AND request_hash = @hash AND claimed_by IS NULL",
        new Dictionary<string, object?> { ["user"] = call.User, ["key"] = call.Key, ["hash"] = call.Hash, ["status"] = status, ["type"] = contentType, ["body"] = body });

    /// <summary>The settled answer, stored on the key <paramref name="node"/> claimed.</summary>
    public static ProjectionWrite Remember(string user, string key, string node, int status, string? contentType, string body) => new(
        "UPDATE idempotency SET status_code = @status, content_type = @type, body = @body, claimed_by = NULL WHERE user_id = @user AND idem_key = @key AND claimed_by = @me",
        new Dictionary<string, object?> { ["user"] = user, ["key"] = key, ["me"] = node, ["status"] = status, ["type"] = contentType, ["body"] = body });

    /// <summary>Lets go of a claim that got no settled answer, so a retry (on any node) runs the command again.</summary>
    public static ProjectionWrite Release(string user, string key, string node) => new(
        "DELETE FROM idempotency WHERE user_id = @user AND idem_key = @key AND claimed_by = @me AND status_code = 0",
        new Dictionary<string, object?> { ["user"] = user, ["key"] = key, ["me"] = node });
}
