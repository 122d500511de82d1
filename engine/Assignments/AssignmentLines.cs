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

    public Task<List<AssignmentLine>> OfPlanAsync(Actor actor, string? planId, CancellationToken cancellationToken) =>
        RunAsync(actor, planId, null, cancellationToken);

    public Task<List<AssignmentLine>> OfAgencyAsync(Actor actor, string? agencyId, CancellationToken cancellationToken) =>
        RunAsync(actor, null, agencyId, cancellationToken);

    private Task<List<AssignmentLine>> RunAsync(Actor actor, string? planId, string? agencyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var sql = Select;
        sql += planId is null ? "" : " AND a.plan_id = @plan";
        sql += SeesEverything(actor) ? "" : " AND " + Cascade.CascadeRows.OwnOrBelow("a", "@own");
        sql += agencyId is null ? "" : " AND a.agency_id = @agency";
        var now = clock.GetUtcNow();
        var parameters = new Dictionary<string, object?> { ["plan"] = planId, ["own"] = actor.AgencyId ?? "", ["agency"] = agencyId, ["now"] = now };
        return tables.QueryAsync(sql + " ORDER BY a.item_ref, a.role, a.agency_id", parameters, r =>
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
