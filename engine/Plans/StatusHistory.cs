using Supervision.Engine.Assignments;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Plans;

/// <summary>
/// How many of a plan's assignments stood in each status over time: each assignment's trail replayed through the
/// engine's own <see cref="AssignmentState"/>, so the chart follows the same rules as the grain.
/// </summary>
public sealed class StatusHistory(IEventStore store)
{
    public async Task<IReadOnlyList<(DateTimeOffset At, IReadOnlyDictionary<AssignmentStatus, int> Counts)>> RunAsync(
        IEnumerable<string> assignmentIds, CancellationToken cancellationToken)
    {
        var streams = assignmentIds.Select(StreamIds.Assignment).ToList();
        var events = streams.Count == 0 ? [] : await store.ReadStreamsAsync(streams, cancellationToken);
        var states = new Dictionary<string, AssignmentState>(StringComparer.Ordinal);
        var counts = new Dictionary<AssignmentStatus, int>();
        var points = new List<(DateTimeOffset, IReadOnlyDictionary<AssignmentStatus, int>)>();
        foreach (var stored in events.OrderBy(e => e.Position))
        {
            if (!states.TryGetValue(stored.StreamId, out var state))
            {
                states[stored.StreamId] = state = new AssignmentState();
            }

            var before = state.Opening is null ? (AssignmentStatus?)null : state.Status;
            state.Apply(EventCodec.Decode(stored));
            if (before == state.Status)
            {
                continue;
            }

            if (before is { } was)
            {
                counts[was]--;
            }

            counts[state.Status] = counts.GetValueOrDefault(state.Status) + 1;
            points.Add((stored.At, new Dictionary<AssignmentStatus, int>(counts)));
        }

        return points;
    }
}
