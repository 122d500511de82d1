using Supervision.Workflows.Cycle;

namespace Supervision.Workflows.Tests.Cycle;

public sealed class ConcurrentCycleTests
{
    [Fact]
    public void Cycles_checked_and_fired_on_many_threads_at_once_each_see_only_their_own_state()
    {
        var statuses = Enum.GetValues<AssignmentStatus>();
        var triggers = Enum.GetValues<CycleTrigger>();
        var expected = statuses.ToDictionary(s => s, s => triggers.Select(t => Check(s, t)).ToArray());
        var mismatches = 0;

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var status = statuses[i % statuses.Length];
            var trigger = triggers[i / statuses.Length % triggers.Length];
            var current = status;
            var cycle = new AssignmentCycle(() => current, s => current = s, new CycleFacts(AssignmentRole.Lead, true, true));
            var check = cycle.Check(trigger);
            if (check != expected[status][(int)trigger])
            {
                Interlocked.Increment(ref mismatches);
            }

            if (check.Allowed)
            {
                cycle.Fire(trigger);
                var alone = status;
                new AssignmentCycle(() => alone, s => alone = s, new CycleFacts(AssignmentRole.Lead, true, true)).Fire(trigger);
                if (current != alone)
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });

        Assert.Equal(0, mismatches);
    }

    private static CycleCheck Check(AssignmentStatus status, CycleTrigger trigger)
    {
        var current = status;
        return new AssignmentCycle(() => current, s => current = s, new CycleFacts(AssignmentRole.Lead, true, true)).Check(trigger);
    }
}
