using System.Text.Json;
using Supervision.Engine.Notices.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Notices;

/// <summary>
/// The <c>notices</c> table: one row per notice, written with its outcome's event (sent, failed, unaddressed), and
/// before that by the sender after each failed attempt (pending, with the server's reply in <c>last_error</c>).
/// </summary>
public static class NoticeRows
{
    public const string Columns = "id, stream, kind, agency_id, state, subject, recipients, message_id, reply, attempts, unaddressed, last_error, created_at, updated_at";

    public static Migration Migration { get; } = new(190, "notices", """
        CREATE TABLE notices (
            id TEXT PRIMARY KEY, stream TEXT NOT NULL, kind TEXT NOT NULL, agency_id TEXT, state TEXT NOT NULL, subject TEXT,
            recipients TEXT NOT NULL, message_id TEXT, reply TEXT, attempts INTEGER NOT NULL, unaddressed TEXT NOT NULL,
            last_error TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE INDEX ix_notices_state ON notices (state, updated_at);
        CREATE TABLE notice_links (id TEXT PRIMARY KEY, notice_id TEXT NOT NULL, used_by TEXT NOT NULL, used_at TEXT NOT NULL);
        """);

    public static ProjectionWrite Outcome(string stream, TrailEntry entry) => entry.Event switch
    {
        NoticeSent s => Upsert(stream, s.NoticeId, s.Kind, null, "sent", s.Subject, [.. s.To, .. s.Cc], s.MessageId, s.Reply, s.Attempts, s.Unaddressed, entry.At),
        NoticeFailed f => Upsert(stream, f.NoticeId, f.Kind, null, "failed", f.Subject, [.. f.To, .. f.Cc], f.MessageId, f.Reply, f.Attempts, [], entry.At),
        NoticeUnaddressed u => Upsert(stream, u.NoticeId, u.Kind, u.AgencyId, "unaddressed", null, [], null, null, 0, u.Unaddressed, entry.At),
        _ => throw new ArgumentException($"{entry.Event.GetType().Name} is not a notice outcome."),
    };

    /// <summary>A failed attempt that will be tried again: kept pending, with what the server said.</summary>
    public static ProjectionWrite Attempted(string stream, string id, string kind, string? agencyId, int attempts, string error, DateTimeOffset at) => new(
        """
        INSERT INTO notices (id, stream, kind, agency_id, state, recipients, attempts, unaddressed, last_error, created_at, updated_at)
        VALUES (@id, @stream, @kind, @agency, 'pending', '[]', @attempts, '[]', @error, @at, @at)
        ON CONFLICT (id) DO UPDATE SET attempts = @attempts, last_error = @error, updated_at = @at WHERE notices.state <> 'sent'
        """,
        new Dictionary<string, object?> { ["id"] = id, ["stream"] = stream, ["kind"] = kind, ["agency"] = agencyId, ["attempts"] = attempts, ["error"] = error, ["at"] = at });

    private static ProjectionWrite Upsert(
        string stream, string id, string kind, string? agencyId, string state, string? subject, IReadOnlyList<string> recipients, string? messageId,
        string? reply, int attempts, IReadOnlyList<string> unaddressed, DateTimeOffset at) => new(
        """
        INSERT INTO notices (id, stream, kind, agency_id, state, subject, recipients, message_id, reply, attempts, unaddressed, created_at, updated_at)
        VALUES (@id, @stream, @kind, @agency, @state, @subject, @recipients, @message_id, @reply, @attempts, @unaddressed, @at, @at)
        ON CONFLICT (id) DO UPDATE SET state = @state, subject = @subject, recipients = @recipients, message_id = @message_id, reply = @reply,
            attempts = CASE WHEN notices.attempts > @attempts THEN notices.attempts ELSE @attempts END, unaddressed = @unaddressed, agency_id = COALESCE(@agency, notices.agency_id), updated_at = @at
        """,
        new Dictionary<string, object?>
        {
            ["id"] = id, ["stream"] = stream, ["kind"] = kind, ["agency"] = agencyId, ["state"] = state, ["subject"] = subject,
            ["recipients"] = JsonSerializer.Serialize(recipients, EventCodec.Json), ["message_id"] = messageId, ["reply"] = reply,
            ["attempts"] = attempts, ["unaddressed"] = JsonSerializer.Serialize(unaddressed, EventCodec.Json), ["at"] = at,
        });
}
