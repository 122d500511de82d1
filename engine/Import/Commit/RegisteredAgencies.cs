using System.Text.Json;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Import.Commit;

/// <summary>Every registered agency with its aliases and members, for resolving a draft's names to agency ids.</summary>
public static class RegisteredAgencies
{
    public static Task<List<RegisteredAgency>> ListAsync(ITables tables, CancellationToken cancellationToken = default) =>
        tables.QueryAsync("SELECT id, name, aliases, is_group, members FROM agencies ORDER BY id",
            new Dictionary<string, object?>(),
            r => new RegisteredAgency(r.GetString(0), r.GetString(1), Names(r.GetString(2)), r.GetBoolean(3), Names(r.GetString(4))),
            cancellationToken);

    private static List<string> Names(string json) => JsonSerializer.Deserialize<List<string>>(json, EventCodec.Json) ?? [];
}
