using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Agencies;

/// <summary>
/// Every agency with its users, whether notices can be addressed to it, and the notices that could not be: what the
/// office needs to see that an agency would never hear of its work. The office's own view (contacts are personal data).
/// </summary>
public sealed class AgencyReachQuery(ITables tables)
{
    public Task<List<AgencyReach>> RunAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!SeesEverything(actor))
        {
            throw SupervisionException.Forbidden("Only the office sees which agencies can be reached.");
        }

        return tables.QueryAsync(
            """
            SELECT a.id, a.name, a.is_group,
                (SELECT COUNT(*) FROM users u WHERE u.agency_id = a.id AND u.disabled = @no),
                CASE WHEN COALESCE(a.liaison_email, '') <> '' OR COALESCE(a.head_email, '') <> '' THEN 1 ELSE 0 END,
                (SELECT COUNT(*) FROM notices n WHERE n.agency_id = a.id AND n.state = 'unaddressed'),
                (SELECT MAX(n.updated_at) FROM notices n WHERE n.agency_id = a.id AND n.state = 'unaddressed')
            FROM agencies a ORDER BY a.name, a.id
            """,
            new Dictionary<string, object?> { ["no"] = false },
            r => new AgencyReach(r.GetString(0), r.GetString(1), r.GetBoolean(2), r.GetInt32(3), r.GetInt32(4) == 1, r.GetInt32(5),
                r.IsDBNull(6) ? null : TrailTime.Parse(r.GetString(6))),
            cancellationToken);
    }
}
