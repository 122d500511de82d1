using System.Globalization;
using Supervision.Engine.Assignments;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;

namespace Supervision.Host.Web.Plans;

/// <summary>A plan's assignments from the read model, for the plan page and the dashboard; an agency user gets its own only.</summary>
public sealed class AssignmentLines(ITables tables, TimeProvider clock)
{
    public Task<List<AssignmentLine>> OfPlanAsync(Actor actor, string? planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var sql = "SELECT id, item_id, plan_id, item_ref, item_title, agency_id, role, status, due_at, pending_reports FROM assignments WHERE 1 = 1";
        if (planId is not null)
        {
            sql += " AND plan_id = @plan";
        }

        if (!SeesEverything(actor))
        {
            sql += " AND agency_id = @agency";
        }

        var now = clock.GetUtcNow();
        return tables.QueryAsync(sql + " ORDER BY item_ref, role, agency_id", new Dictionary<string, object?> { ["plan"] = planId, ["agency"] = actor.AgencyId ?? "" }, r =>
        {
            var status = AssignmentRows.ParseStatus(r.GetString(7));
            DateTimeOffset? due = r.IsDBNull(8) ? null : DateTimeOffset.Parse(r.GetString(8), CultureInfo.InvariantCulture);
            return new AssignmentLine(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                Enum.Parse<AssignmentRole>(r.GetString(6), ignoreCase: true), status, due, r.GetInt32(9), due < now && AssignmentCycle.IsOpen(status));
        }, cancellationToken);
    }
}
