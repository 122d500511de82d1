using Supervision.Engine.Assignments;
using Supervision.Engine.Trail;

namespace Supervision.Engine.ChainEscalation;

/// <summary>
/// The <c>chain_told</c> table: who has been told of each late obligation of a sub-assignment, one row per level (0 the
/// parent agency, the last the office). An agency's inbox lists the rows naming it whose obligation is still open.
/// </summary>
public static class ChainRows
{
    public static Migration Migration { get; } = new(620, "chain escalation", """
        CREATE TABLE chain_told (
            assignment_id TEXT NOT NULL, obligation_key TEXT NOT NULL, level INTEGER NOT NULL, told TEXT NOT NULL,
            step TEXT NOT NULL, due_at TEXT NOT NULL, agency_id TEXT NOT NULL,
            PRIMARY KEY (assignment_id, obligation_key, level));
        CREATE INDEX ix_chain_told_told ON chain_told (told);
        """);

    /// <summary>Level <paramref name="level"/> of <paramref name="key"/> was told to <paramref name="told"/> (an agency id or <c>office</c>).</summary>
    public static ProjectionWrite Told(string assignmentId, AssignmentState state, string key, int level, string told, string step, DateTimeOffset dueAt) => new(
        """
        INSERT INTO chain_told (assignment_id, obligation_key, level, told, step, due_at, agency_id)
        VALUES (@assignment, @key, @level, @told, @step, @due_at, @agency)
        ON CONFLICT (assignment_id, obligation_key, level) DO UPDATE SET told = excluded.told, step = excluded.step, due_at = excluded.due_at
        """,
        new Dictionary<string, object?>
        {
            ["assignment"] = assignmentId, ["key"] = key, ["level"] = level, ["told"] = told, ["step"] = step, ["due_at"] = dueAt,
            ["agency"] = state.Opening!.AgencyId,
        });
}
