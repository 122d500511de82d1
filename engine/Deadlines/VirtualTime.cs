using Microsoft.Extensions.Time.Testing;

namespace Supervision.Engine.Deadlines;

/// <summary>
/// Time that moves only when told, from one firing to the next: the simulation and the tests run the same sweep the
/// host's Quartz firings run, on a clock set to each firing's instant in turn.
/// </summary>
public sealed class VirtualTime(DeadlineQueue queue, DeadlineSweep sweep, FakeTimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Fires every firing due by <paramref name="until"/>, in order, then sets the clock to it. Returns the steps recorded.</summary>
    public async Task<int> RunUntilAsync(DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        var steps = 0;
        while (queue.Peek() is { } next && next <= until)
        {
            MoveTo(next);
            queue.TakeDue(next);
            steps += (await sweep.RunAsync(next, cancellationToken)).Steps;
        }

        MoveTo(until);
        return steps;
    }

    private void MoveTo(DateTimeOffset at)
    {
        if (at > clock.GetUtcNow())
        {
            clock.SetUtcNow(at);
        }
    }
}
