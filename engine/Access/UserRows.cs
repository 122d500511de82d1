using Supervision.Engine.Trail;

namespace Supervision.Engine.Access;

/// <summary>The <c>users</c> and <c>tokens</c> tables (read and written by <see cref="UserStore"/>).</summary>
public static class UserRows
{
    public static Migration Migration { get; } = new(103, "users and tokens", """
        CREATE TABLE users (
            id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL, agency_id TEXT,
            password_hash TEXT NOT NULL, disabled BOOLEAN NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE tokens (
            hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, name TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE INDEX ix_tokens_user ON tokens (user_id);
        """);
}
