using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Deadlines;

/// <summary>Reads the ladder steps an assignment's stream holds, in trail order, each with when it was processed.</summary>
public sealed class DeadlineFixtureReader(IEventStore store)
{
    public async Task<List<(EscalationReached Step, DateTimeOffset At)>> StepsAsync(string assignmentId) =>
        [.. (await store.ReadStreamAsync($"assignment-{assignmentId}"))
            .Select(EventCodec.Decode)
            .Where(e => e.Event is EscalationReached)
            .Select(e => ((EscalationReached)e.Event, e.At))];
}
