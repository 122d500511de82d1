using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Deadlines;

/// <summary>
/// The colours of a plan, an agency, or everything, from the open obligations as of now (<see cref="Rag"/>): per item and
/// per agency, worst first. An agency user sees its own agency's assignments and its descendants' sub-assignments only.
/// </summary>
public sealed class RagQuery(ITables tables, TimeProvider clock)
{
    public const int MaxGroups = 1000;

    private static readonly string Closed = AssignmentRows.SqlList(AssignmentCycle.Closed);

    public async Task<RagSummary> RunAsync(Actor actor, string? planId, string? agencyId, CancellationToken cancellationToken = default)
    {
        if (!SeesEverything(actor))
        {
            agencyId ??= actor.AgencyId;
            if (agencyId != actor.AgencyId)
            {
                throw SupervisionException.Forbidden("An agency user sees only its own agency's colours.");
            }
        }

        // An agency user's colours take in its descendants' sub-assignments: it answers for its territory.
        var agency = SeesEverything(actor) ? "(@agency IS NULL OR a.agency_id = @agency)" : Cascade.CascadeRows.OwnOrBelow("a", "@agency");
        var inner = $"""
            SELECT a.item_id, a.item_ref, a.item_title, a.agency_id, {Rag.WorstSql} AS rank
            FROM assignments a
            WHERE a.status NOT IN {Closed} AND (@plan IS NULL OR a.plan_id = @plan) AND {agency}
            """;
        var parameters = new Dictionary<string, object?>
        {
            ["plan"] = planId, ["agency"] = agencyId, ["now"] = TrailTime.Format(clock.GetUtcNow()), ["limit"] = MaxGroups,
        };
        var byItem = await GroupAsync(inner, "item_id", "MIN(item_ref)", "MIN(item_title)", parameters, cancellationToken);
        var byAgency = await GroupAsync(inner, "agency_id", "NULL", "NULL", parameters, cancellationToken);
        var (green, yellow, red) = (byAgency.Sum(g => g.Green), byAgency.Sum(g => g.Yellow), byAgency.Sum(g => g.Red));
        return new RagSummary(new RagCounts("", null, null, green, yellow, red).Rag, green, yellow, red, byItem, byAgency);
    }

    private Task<List<RagCounts>> GroupAsync(
        string inner, string key, string reference, string title, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        tables.QueryAsync(
            $"""
            SELECT {key}, {reference}, {title},
                SUM(CASE WHEN rank = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN rank = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN rank = 2 THEN 1 ELSE 0 END)
            FROM ({inner}) g GROUP BY {key}
            ORDER BY SUM(CASE WHEN rank = 2 THEN 1 ELSE 0 END) DESC, SUM(CASE WHEN rank = 1 THEN 1 ELSE 0 END) DESC, {key}
            LIMIT @limit
            """,
            parameters,
            r => new RagCounts(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5)),
            cancellationToken);
}
