using Supervision.Engine.Errors;
using Supervision.Engine.Assignments;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Agencies;

/// <summary>Counts an agency's assignments from the read model, as of the clock's now; an agency user counts only its own.</summary>
public sealed class AgencyCountersQuery(ITables tables, TimeProvider clock)
{
    private static readonly string Closed = AssignmentRows.SqlList(AssignmentCycle.Closed);
    private static readonly string Done = AssignmentRows.SqlList(AssignmentCycle.Done);

    public async Task<AgencyCounters> RunAsync(Actor actor, string agencyId, CancellationToken cancellationToken = default)
    {
        if (!CanRead(actor, [agencyId]))
        {
            throw SupervisionException.Forbidden("An agency user sees only its own agency's counters.");
        }

        var rows = await tables.QueryAsync($"""
            SELECT COUNT(*),
                   COALESCE(SUM(CASE WHEN status NOT IN {Closed} THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN status NOT IN {Closed} AND due_at IS NOT NULL AND due_at < @now THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN status IN {Done} THEN 1 ELSE 0 END), 0)
            FROM assignments WHERE agency_id = @agency
            """,
            new Dictionary<string, object?> { ["agency"] = agencyId, ["now"] = TrailTime.Format(clock.GetUtcNow()) },
            r => new AgencyCounters(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)),
            cancellationToken);
        return rows[0];
    }
}
