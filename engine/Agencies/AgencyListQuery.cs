using System.Text.Json;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Agencies;

/// <summary>
/// Every registered agency, by name. Agency names are not secret: every signed-in user may list them; the liaison's
/// name is personal data, shown only to readers entitled to that agency's contacts.
/// </summary>
public sealed class AgencyListQuery(ITables tables)
{
    public async Task<List<AgencySummary>> RunAsync(Actor reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = await tables.QueryAsync("SELECT id, name, kind, is_group, aliases, liaison_name, parent_id FROM agencies ORDER BY name, id",
            new Dictionary<string, object?>(),
            r => new AgencySummary(
                r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3),
                JsonSerializer.Deserialize<List<string>>(r.GetString(4), EventCodec.Json) ?? [], r.NullableString(5), r.NullableString(6)),
            cancellationToken);
        return [.. rows.Select(a => SeesContactsOf(reader, a.Id) ? a : a with { LiaisonName = null })];
    }
}
