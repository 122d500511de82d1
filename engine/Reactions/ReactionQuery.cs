using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Reactions;

/// <summary>Lists reactions by state for administrators, and makes parked ones due again.</summary>
public sealed class ReactionQuery(ITables tables, TimeProvider clock)
{
    public Task<List<ReactionRecord>> ListAsync(Actor actor, ReactionState state, int offset, int limit, CancellationToken cancellationToken = default)
    {
        RequireAdmin(actor, "see reactions");
        Paging.Check(offset, limit, Access.Limits.ReactionsPage);
        return tables.QueryAsync($"SELECT {ReactionRows.Columns} FROM reactions WHERE state = @state ORDER BY caused_at DESC, id LIMIT @limit OFFSET @offset",
            new Dictionary<string, object?> { ["state"] = Name(state), ["limit"] = limit, ["offset"] = offset },
            r => new ReactionRecord(
                r.GetString(0), r.GetString(3), r.GetString(4), r.GetString(1), r.GetInt64(2), TrailTime.Parse(r.GetString(7)),
                Enum.Parse<ReactionState>(r.GetString(9), ignoreCase: true), r.GetInt32(8), TrailTime.Parse(r.GetString(10)),
                r.NullableString(11), r.NullableString(12) is { } done ? TrailTime.Parse(done) : null),
            cancellationToken);
    }

    /// <summary>Makes one reaction (or, with a null id, every parked one) due now; returns how many.</summary>
    public async Task<int> RetryAsync(Actor actor, string? id, CancellationToken cancellationToken = default)
    {
        RequireAdmin(actor, "retry reactions");
        return await tables.ExecuteAsync([ReactionRows.Retry(id, clock.GetUtcNow())], cancellationToken);
    }

    /// <summary>How many reactions wait and how many are parked, for the readiness check.</summary>
    public async Task<(long Pending, long Failed)> CountsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await tables.QueryAsync("SELECT COALESCE(SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), 0) FROM reactions WHERE state <> 'done'",
            new Dictionary<string, object?>(),
            r => (r.GetInt64(0), r.GetInt64(1)),
            cancellationToken);
        return rows[0];
    }

    public static string Name(ReactionState state) => state.ToString().ToLowerInvariant();
}
