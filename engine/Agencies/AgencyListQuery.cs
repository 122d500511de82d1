using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies;

/// <summary>Every registered agency, by name. Agency names are not secret: every signed-in user may list them.</summary>
public sealed class AgencyListQuery(IEventStore store)
{
    public Task<List<AgencySummary>> RunAsync(CancellationToken cancellationToken = default) =>
        Rows.QueryAsync(
            store,
            "SELECT id, name, kind, is_group, liaison_name FROM agencies ORDER BY name, id",
            new Dictionary<string, object?>(),
            r => new AgencySummary(r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3), r.NullableString(4)),
            cancellationToken);
}
