using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies;

/// <summary>The <c>agencies</c> table, as the read model first created it.</summary>
public static class AgencyMigrations
{
    public static Migration Migration { get; } = new(100, "agencies", """
        CREATE TABLE agencies (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL, is_group BOOLEAN NOT NULL,
            members TEXT NOT NULL, liaison_name TEXT, liaison_email TEXT, head_name TEXT, head_email TEXT, updated_at TEXT);
        CREATE INDEX ix_agencies_name ON agencies (name);
        """);
}
