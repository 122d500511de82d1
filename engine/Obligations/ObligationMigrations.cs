using Supervision.Engine.Trail;

namespace Supervision.Engine.Obligations;

/// <summary>The <c>obligations</c> table: created with the rows of the assignments open then, and later given its ladder.</summary>
public static class ObligationMigrations
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(121, "obligations", """
            CREATE TABLE obligations (
                id TEXT PRIMARY KEY, assignment_id TEXT NOT NULL, item_id TEXT NOT NULL, plan_id TEXT NOT NULL, agency_id TEXT NOT NULL,
                kind TEXT NOT NULL, owed_by TEXT NOT NULL, due_at TEXT, state TEXT NOT NULL, opened_at TEXT NOT NULL,
                opened_version INTEGER NOT NULL, closed_at TEXT, closed_by TEXT, closed_version INTEGER);
            CREATE INDEX ix_obligations_open ON obligations (state, due_at);
            CREATE INDEX ix_obligations_assignment ON obligations (assignment_id, state);
            INSERT INTO obligations (id, assignment_id, item_id, plan_id, agency_id, kind, owed_by, due_at, state, opened_at, opened_version)
            SELECT id || '#0', id, item_id, plan_id, agency_id,
                   CASE status WHEN 'dispatched' THEN 'acknowledge' WHEN 'disputed' THEN 'settle_dispute' WHEN 'under_review' THEN 'review'
                               WHEN 'rework' THEN 'rework' WHEN 'in_progress' THEN CASE role WHEN 'lead' THEN 'complete' ELSE 'contribute' END END,
                   CASE WHEN status IN ('disputed', 'under_review') THEN 'office' ELSE agency_id END,
                   due_at, 'open', COALESCE(updated_at, ''), 0
            FROM assignments WHERE status IN ('dispatched', 'disputed', 'in_progress', 'under_review', 'rework');
            """),
        // The ladder on each obligation: the key that names it among the assignment's, the rung reached, and the
        // instant of the next rung, which the deadline scheduler reads. Rows opened before the ladder existed are
        // looked at again at their due time, when the grain records whatever rungs have passed.
        new(150, "obligation ladder", """
            ALTER TABLE obligations ADD COLUMN key TEXT;
            ALTER TABLE obligations ADD COLUMN rung INTEGER;
            ALTER TABLE obligations ADD COLUMN step TEXT;
            ALTER TABLE obligations ADD COLUMN escalated BOOLEAN NOT NULL DEFAULT 0;
            ALTER TABLE obligations ADD COLUMN next_rung INTEGER;
            ALTER TABLE obligations ADD COLUMN next_at TEXT;
            ALTER TABLE obligations ADD COLUMN warn_at TEXT;
            UPDATE obligations SET key = kind;
            UPDATE obligations SET next_at = due_at, warn_at = due_at WHERE state = 'open';
            CREATE INDEX ix_obligations_next ON obligations (state, next_at);
            CREATE INDEX ix_obligations_key ON obligations (assignment_id, key, state);
            """),
    ];
}
