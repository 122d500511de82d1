using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;
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
        var rows = await tables.QueryAsync(
            $"""
            WITH g AS ({inner})
            SELECT * FROM ({Grouped("item", "item_id", "MIN(item_ref)", "MIN(item_title)")}) i
            UNION ALL
            SELECT * FROM ({Grouped("agency", "agency_id", "NULL", "NULL")}) b
            ORDER BY 1, 8
            """,
            parameters,
            r => (Kind: r.GetString(0), Counts: new RagCounts(r.GetString(1), r.NullableString(2), r.NullableString(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6))),
            cancellationToken);
        var byItem = rows.Where(r => r.Kind == "item").Select(r => r.Counts).ToList();
        var byAgency = rows.Where(r => r.Kind == "agency").Select(r => r.Counts).ToList();
        var (green, yellow, red) = (byAgency.Sum(g => g.Green), byAgency.Sum(g => g.Yellow), byAgency.Sum(g => g.Red));
        return new RagSummary(new RagCounts("", null, null, green, yellow, red).Rag, green, yellow, red, byItem, byAgency);
    }

    // The colours grouped by item or by agency, worst first, numbered so the two groupings keep their order in one answer.
    // The assignments' colours (g) are worked out once for both: a WITH used twice is computed once (SQLite and PostgreSQL).
    private static string Grouped(string kind, string key, string reference, string title)
    {
        const string Green = "SUM(CASE WHEN rank = 0 THEN 1 ELSE 0 END)";
        const string Yellow = "SUM(CASE WHEN rank = 1 THEN 1 ELSE 0 END)";
        const string Red = "SUM(CASE WHEN rank = 2 THEN 1 ELSE 0 END)";
        return $"""
            SELECT '{kind}' AS kind, {key} AS id, {reference} AS ref, {title} AS title, {Green} AS green, {Yellow} AS yellow, {Red} AS red,
                ROW_NUMBER() OVER (ORDER BY {Red} DESC, {Yellow} DESC, {key}) AS n
            FROM g GROUP BY {key}
            ORDER BY n
            LIMIT @limit
            """;
    }
}
