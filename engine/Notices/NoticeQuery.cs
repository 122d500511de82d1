using System.Text.Json;
using Supervision.Engine.Errors;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Notices;

/// <summary>The notices for the office: sent, failed (with the server's reply), without an address, or still pending.</summary>
public sealed class NoticeQuery(ITables tables)
{
    public Task<List<NoticeRecord>> ListAsync(Actor actor, NoticeState? state, int offset, int limit, CancellationToken cancellationToken = default)
    {
        if (!SeesEverything(actor))
        {
            throw SupervisionException.Forbidden("Only the office (coordinators, inspectors, the admin) sees the notices.");
        }

        Paging.Check(offset, limit, Access.Limits.NoticesPage);
        var where = state is null ? "" : "WHERE state = @state";
        return tables.QueryAsync($"SELECT {NoticeRows.Columns} FROM notices {where} ORDER BY updated_at DESC, id LIMIT @limit OFFSET @offset",
            new Dictionary<string, object?> { ["state"] = state?.ToString().ToLowerInvariant(), ["limit"] = limit, ["offset"] = offset },
            r => new NoticeRecord(
                r.GetString(0), r.GetString(1), r.GetString(2), r.NullableString(3), Enum.Parse<NoticeState>(r.GetString(4), ignoreCase: true),
                r.NullableString(5), List(r.GetString(6)), r.NullableString(7), r.NullableString(8), r.GetInt32(9), List(r.GetString(10)),
                r.NullableString(11), TrailTime.Parse(r.GetString(12)), TrailTime.Parse(r.GetString(13))),
            cancellationToken);
    }

    /// <summary>The state of one notice, or null when none is recorded yet.</summary>
    public async Task<NoticeState?> StateAsync(string id, CancellationToken cancellationToken = default)
    {
        var rows = await tables.QueryAsync("SELECT state FROM notices WHERE id = @id", new Dictionary<string, object?> { ["id"] = id },
            r => Enum.Parse<NoticeState>(r.GetString(0), ignoreCase: true), cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private static List<string> List(string json) => JsonSerializer.Deserialize<List<string>>(json, EventCodec.Json) ?? [];
}
