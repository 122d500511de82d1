using Supervision.Engine.Deadlines;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Assignments;

/// <summary>
/// The dashboard's counts (<see cref="AssignmentCounts"/>) in one query: each assignment's colour is worked out once (the
/// deadlines' one rule, <see cref="Rag"/>) and grouped twice, so the page never reads a national plan's lines one by one.
/// An agency user counts its own agency's and its descendants' sub-assignments only, as <see cref="AssignmentLines"/> lists them.
/// </summary>
public sealed class AssignmentCountsQuery(ITables tables, TimeProvider clock)
{
    private static readonly string Closed = AssignmentRows.SqlList(AssignmentCycle.Closed);

    public async Task<AssignmentCounts> RunAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var scope = SeesEverything(actor) ? "" : " AND " + Cascade.CascadeRows.OwnOrBelow("a", "@own");
        // A closed assignment has no colour (rank -1), as its line shows none.
        var sql = $"""
            WITH counted AS (
                SELECT a.plan_id, a.agency_id, a.status, CASE WHEN a.status IN {Closed} THEN -1 ELSE {Rag.WorstSql} END AS rank
                FROM assignments a WHERE 1 = 1{scope})
            SELECT 'plan', plan_id, status, rank, COUNT(*) FROM counted GROUP BY plan_id, status, rank
            UNION ALL
            SELECT 'agency', agency_id, NULL, SUM(CASE WHEN rank = 2 THEN 1 ELSE 0 END), COUNT(*) FROM counted
            WHERE rank >= 0 GROUP BY agency_id HAVING SUM(CASE WHEN rank = 2 THEN 1 ELSE 0 END) > 0
            """;
        var parameters = new Dictionary<string, object?> { ["own"] = actor.AgencyId ?? "", ["now"] = clock.GetUtcNow() };
        var rows = await tables.QueryAsync(sql, parameters,
            r => (Kind: r.GetString(0), Key: r.GetString(1), Status: r.NullableString(2), N: r.GetInt64(3), Count: (int)r.GetInt64(4)), cancellationToken);
        var plans = rows.Where(r => r.Kind == "plan").GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new PlanCounts(
            g.GroupBy(r => AssignmentRows.ParseStatus(r.Status!)).ToDictionary(s => s.Key, s => s.Sum(r => r.Count)),
            g.Where(r => r.N >= 0).GroupBy(r => Rag.OfRank(r.N), StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Sum(r => r.Count), StringComparer.Ordinal)),
            StringComparer.Ordinal);
        var ranking = rows.Where(r => r.Kind == "agency").Select(r => new AgencyRedCount(r.Key, (int)r.N, r.Count))
            .OrderByDescending(r => r.Red).ThenBy(r => r.AgencyId, StringComparer.Ordinal).ToList();
        return new AssignmentCounts(plans, ranking);
    }
}
