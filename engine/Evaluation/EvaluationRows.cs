using System.Globalization;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation;

/// <summary>The <c>evaluations</c> table (migrations 320, 700): the list of evaluations, kept from their streams.</summary>
public static class EvaluationRows
{
    public static Migration Migration { get; } = new(320, "evaluations", """
        CREATE TABLE evaluations (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, from_day TEXT NOT NULL, to_day TEXT NOT NULL, plan_id TEXT, scheme TEXT NOT NULL,
            frozen_at TEXT, as_of TEXT, opened_at TEXT NOT NULL);
        """);

    /// <summary>Migration 700: the agency whose subtree an evaluation scores (null: every agency), so the list shows each reader its own.</summary>
    public static Migration ScopeMigration { get; } = new(700, "evaluations scope", "ALTER TABLE evaluations ADD COLUMN scope_agency_id TEXT;");

    public static ProjectionWrite Upsert(string id, EvaluationState s)
    {
        var o = s.Opened!;
        return new ProjectionWrite(
            """
            INSERT INTO evaluations (id, title, from_day, to_day, plan_id, scheme, frozen_at, as_of, opened_at, scope_agency_id)
            VALUES (@id, @title, @from, @to, @plan, @scheme, @frozen_at, @as_of, @opened_at, @scope)
            ON CONFLICT (id) DO UPDATE SET frozen_at = excluded.frozen_at, as_of = excluded.as_of
            """,
            new Dictionary<string, object?>
            {
                ["id"] = id, ["title"] = o.Title, ["from"] = o.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["to"] = o.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["plan"] = o.PlanId, ["scheme"] = $"{o.SchemeId} v{o.SchemeVersion}",
                ["frozen_at"] = s.FrozenAt, ["as_of"] = s.Frozen?.AsOf, ["opened_at"] = s.OpenedAt, ["scope"] = o.ScopeAgencyId,
            });
    }
}
