using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.MajorIssues;

/// <summary>Major issues now, from the <c>major_issues</c> table: open ones first, newest first; an agency user sees its own agency's.</summary>
public sealed class MajorIssueQuery(ITables tables)
{
    public const int MaxRows = 1000;

    public Task<List<MajorIssueView>> ListAsync(Actor actor, string? planId, bool openOnly, CancellationToken cancellationToken = default)
    {
        // Conditions are left out rather than bound as NULL, so every parameter has a type on either store.
        var where = string.Join(" AND ", new[]
        {
            planId is null ? null : "plan_id = @plan",
            openOnly ? "closed_at IS NULL" : null,
            SeesEverything(actor) ? null : "agency_id = @agency",
        }.OfType<string>().DefaultIfEmpty("1 = 1"));
        return tables.QueryAsync(
            $"""
            SELECT assignment_id, number, plan_id, item_id, item_ref, item_title, agency_id, severity, summary, needs,
                   raised_at, raised_by, outcome, closed_at, closed_by
            FROM major_issues
            WHERE {where}
            ORDER BY CASE WHEN closed_at IS NULL THEN 0 ELSE 1 END, raised_at DESC, assignment_id, number
            LIMIT {MaxRows}
            """,
            new Dictionary<string, object?>
            {
                ["plan"] = planId,
                ["agency"] = actor.AgencyId ?? "",
            },
            r => new MajorIssueView(
                r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
                r.GetString(8), r.GetString(9), TrailTime.Parse(r.GetString(10)), r.GetString(11), r.IsDBNull(12) ? null : r.GetString(12),
                r.IsDBNull(13) ? null : TrailTime.Parse(r.GetString(13)), r.IsDBNull(14) ? null : r.GetString(14)),
            cancellationToken);
    }
}
