using Supervision.Engine.Trail;

namespace Supervision.Engine.Assignments;

/// <summary>The <c>assignments</c> table, as the read model first created it.</summary>
public static class AssignmentMigrations
{
    public static Migration Migration { get; } = new(102, "assignments", """
        CREATE TABLE assignments (
            id TEXT PRIMARY KEY, item_id TEXT NOT NULL, plan_id TEXT NOT NULL, item_ref TEXT NOT NULL, item_title TEXT NOT NULL,
            agency_id TEXT NOT NULL, role TEXT NOT NULL, status TEXT NOT NULL, due_at TEXT, responsible TEXT,
            report_count INTEGER NOT NULL, pending_reports INTEGER NOT NULL, updated_at TEXT);
        CREATE INDEX ix_assignments_agency ON assignments (agency_id, status, due_at);
        CREATE INDEX ix_assignments_item ON assignments (item_id);
        CREATE INDEX ix_assignments_due ON assignments (status, due_at);
        """);
}
