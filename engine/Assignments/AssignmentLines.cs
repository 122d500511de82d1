using System.Globalization;
using Supervision.Engine.Deadlines;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Assignments;

/// <summary>
/// Assignments from the read model with their colour (<see cref="Rag"/>, the deadlines' one rule) and last ladder step,
/// for the inbox, the plan page and the dashboard; an agency user gets its own agency's and its descendants' sub-assignments only.
/// </summary>
public sealed class AssignmentLines(ITables tables, TimeProvider clock)
{
    private const string Select =
        "SELECT a.id, a.item_id, a.plan_id, a.item_ref, a.item_title, a.agency_id, a.role, a.status, a.due_at, a.pending_reports, "
        + Rag.WorstSql + ", "
        + "(SELECT o.step FROM obligations o WHERE o.assignment_id = a.id AND o.state = 'open' AND o.step IS NOT NULL ORDER BY o.rung DESC LIMIT 1), "
        + "(SELECT MIN(o.due_at) FROM obligations o WHERE o.assignment_id = a.id AND o.state = 'open' AND o.owed_by = a.agency_id) "
        + "FROM assignments a WHERE 1 = 1";

    private static readonly string Closed = AssignmentRows.SqlList(AssignmentCycle.Closed);

    public Task<List<AssignmentLine>> OfPlanAsync(Actor actor, string? planId, CancellationToken cancellationToken) =>
        RunAsync(actor, planId, null, cancellationToken);

    public Task<List<AssignmentLine>> OfAgencyAsync(Actor actor, string? agencyId, CancellationToken cancellationToken) =>
        RunAsync(actor, null, agencyId, cancellationToken);

    /// <summary>
    /// The red open assignments over every plan, most overdue first, at most <paramref name="limit"/>: found from the open
    /// obligations that make them red (past due or escalated), not by working out every assignment's colour.
    /// </summary>
    public Task<List<AssignmentLine>> RedAsync(Actor actor, int limit, CancellationToken cancellationToken) =>
        RunAsync(actor, null, null, cancellationToken,
            $" AND a.status NOT IN {Closed} AND a.id IN (SELECT o.assignment_id FROM obligations o WHERE o.state = 'open' AND (o.escalated = 1 OR o.due_at < @now))",
            " ORDER BY CASE WHEN a.due_at IS NULL THEN 0 ELSE 1 END, a.due_at, a.item_ref, a.role, a.agency_id LIMIT " + limit.ToString(CultureInfo.InvariantCulture));

    private Task<List<AssignmentLine>> RunAsync(
        Actor actor, string? planId, string? agencyId, CancellationToken cancellationToken, string filter = "", string order = " ORDER BY a.item_ref, a.role, a.agency_id")
    {
        ArgumentNullException.ThrowIfNull(actor);
        var sql = Select + filter;
        sql += planId is null ? "" : " AND a.plan_id = @plan";
        sql += SeesEverything(actor) ? "" : " AND " + Cascade.CascadeRows.OwnOrBelow("a", "@own");
        sql += agencyId is null ? "" : " AND a.agency_id = @agency";
        var now = clock.GetUtcNow();
        var parameters = new Dictionary<string, object?> { ["plan"] = planId, ["own"] = actor.AgencyId ?? "", ["agency"] = agencyId, ["now"] = now };
        return tables.QueryAsync(sql + order, parameters, r =>
        {
            var status = AssignmentRows.ParseStatus(r.GetString(7));
            DateTimeOffset? due = r.IsDBNull(8) ? null : DateTimeOffset.Parse(r.GetString(8), CultureInfo.InvariantCulture);
            var open = AssignmentCycle.IsOpen(status);
            return new AssignmentLine(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                Enum.Parse<AssignmentRole>(r.GetString(6), ignoreCase: true), status, due, r.GetInt32(9), due < now && open,
                open ? Rag.OfRank(r.GetInt64(10)) : "", open ? r.NullableString(11) : null,
                open && !r.IsDBNull(12) ? DateTimeOffset.Parse(r.GetString(12), CultureInfo.InvariantCulture) : null);
        }, cancellationToken);
    }
}
