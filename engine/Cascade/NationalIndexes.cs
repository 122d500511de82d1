using Supervision.Engine.Trail;

namespace Supervision.Engine.Cascade;

/// <summary>
/// Indexes a national tree (≈100,000 assignments, a notice each) needs. Without them the dashboard's per-row subqueries
/// took the wrong index and read every open obligation (or every unaddressed notice) once per assignment (or agency):
/// 99 s and 70 s at 10,000 assignments (the <c>cascade</c> benchmark; EXPLAIN QUERY PLAN in README Performance).
/// </summary>
public static class NationalIndexes
{
    public static Migration Migration { get; } = new(710, "indexes for a national tree", """
        CREATE INDEX ix_obligations_owed ON obligations (assignment_id, state, owed_by, due_at);
        CREATE INDEX ix_notices_agency ON notices (agency_id, state, updated_at);
        CREATE INDEX ix_assignments_plan ON assignments (plan_id, depth);
        CREATE INDEX ix_users_agency ON users (agency_id);
        """);
}
