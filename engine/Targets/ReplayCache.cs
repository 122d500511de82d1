using System.Collections.Concurrent;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Targets;

/// <summary>
/// Plans rebuilt at an instant, each kept with the log's head read before it was rebuilt. Asked again for the same plan
/// and instant, a snapshot is reused when nothing appended since touches the plan: its own stream, its items', or an
/// assignment of one of its items (new ones included: an assignment's id begins with its item's). An evaluation asks
/// every plan as of its window's end each time it is read, so a warm read costs the log's tail, not every plan's events
/// again. Appends are ordered by position (one writer, or PostgreSQL's append lock), so the tail misses nothing.
/// </summary>
public sealed class ReplayCache(ITables tables)
{
    private const int Capacity = 64;

    private readonly ConcurrentDictionary<(string Plan, DateTimeOffset At), (long Head, PlanSnapshot Snapshot)> _kept = new();

    public async Task<PlanSnapshot?> GetOrReplayAsync(string planId, DateTimeOffset at, Func<Task<PlanSnapshot?>> replay, CancellationToken cancellationToken)
    {
        var head = await HeadAsync(cancellationToken);
        if (_kept.TryGetValue((planId, at), out var kept) && !await TouchedAsync(kept, cancellationToken))
        {
            _kept[(planId, at)] = (Math.Max(kept.Head, head), kept.Snapshot);
            return kept.Snapshot;
        }

        var fresh = await replay();
        if (fresh is null)
        {
            _kept.TryRemove((planId, at), out _);
            return null;
        }

        if (_kept.Count >= Capacity)
        {
            _kept.Clear();
        }

        _kept[(planId, at)] = (head, fresh);
        return fresh;
    }

    private async Task<long> HeadAsync(CancellationToken cancellationToken) =>
        (await tables.QueryAsync("SELECT COALESCE(MAX(position), 0) FROM events", new Dictionary<string, object?>(), r => r.GetInt64(0), cancellationToken))[0];

    private async Task<bool> TouchedAsync((long Head, PlanSnapshot Snapshot) kept, CancellationToken cancellationToken)
    {
        var streams = await tables.QueryAsync(
            "SELECT DISTINCT stream_id FROM events WHERE position > @head",
            new Dictionary<string, object?> { ["head"] = kept.Head },
            r => r.GetString(0),
            cancellationToken);
        var items = kept.Snapshot.Plan.ItemIds.ToHashSet(StringComparer.Ordinal);
        return streams.Any(s => s == StreamIds.Plan(kept.Snapshot.PlanId) || (StreamIds.TryParse(s, out var kind, out var id) && kind switch
        {
            StreamIds.ItemKind => items.Contains(id),
            StreamIds.AssignmentKind => id.IndexOf('~', StringComparison.Ordinal) is > 0 and var cut && items.Contains(id[..cut]),
            _ => false,
        }));
    }
}
