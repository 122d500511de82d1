using Supervision.Engine.Audit.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Audit;

/// <summary>The <c>audit_entries</c> table: the security log's events, one row each, for listing and filtering.</summary>
internal static class AuditRows
{
    public static Migration Migration { get; } = new(520, "access audit", """
        CREATE TABLE audit_entries (
            stream TEXT NOT NULL, version INTEGER NOT NULL, at TEXT NOT NULL, kind TEXT NOT NULL,
            user_name TEXT, address TEXT, subject TEXT, actor_id TEXT NOT NULL,
            PRIMARY KEY (stream, version));
        CREATE INDEX ix_audit_entries_at ON audit_entries (at);
        CREATE INDEX ix_audit_entries_user ON audit_entries (user_name, at);
        """);

    public const string Columns = "at, kind, user_name, address, subject, actor_id";

    public static ProjectionWrite Insert(string stream, long version, TrailEntry entry)
    {
        var e = (AccessAudited)entry.Event;
        return new(
            """
            INSERT INTO audit_entries (stream, version, at, kind, user_name, address, subject, actor_id)
            VALUES (@stream, @version, @at, @kind, @user, @address, @subject, @actor)
            """,
            new Dictionary<string, object?>
            {
                ["stream"] = stream, ["version"] = version, ["at"] = TrailTime.Format(entry.At), ["kind"] = e.Kind,
                ["user"] = e.User, ["address"] = e.Address, ["subject"] = e.Subject, ["actor"] = entry.Actor.UserId,
            });
    }
}
