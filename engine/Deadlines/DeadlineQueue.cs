namespace Supervision.Engine.Deadlines;

/// <summary>
/// The firings asked for, kept in memory in due order: what drives the sweep on a virtual clock (the simulation, the
/// engine's tests), where Quartz.NET drives it in the host.
/// </summary>
public sealed class DeadlineQueue : IDeadlineTriggers
{
    private readonly SortedSet<DateTimeOffset> _instants = [];
    private readonly Lock _lock = new();

    public Task EnsureAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _instants.Add(at.ToUniversalTime());
        }

        return Task.CompletedTask;
    }

    /// <summary>The earliest firing asked for, or null.</summary>
    public DateTimeOffset? Peek()
    {
        lock (_lock)
        {
            return _instants.Count == 0 ? null : _instants.Min;
        }
    }

    /// <summary>Takes the earliest firing if it is due by <paramref name="now"/>.</summary>
    public DateTimeOffset? TakeDue(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_instants.Count == 0 || _instants.Min > now)
            {
                return null;
            }

            var first = _instants.Min;
            _instants.Remove(first);
            return first;
        }
    }
}
