namespace Supervision.Engine.Deadlines;

/// <summary>
/// Whatever fires the deadline sweep at an instant: Quartz.NET's persistent store in the host, a virtual clock's queue in
/// the simulation. Only the next rung of each open obligation is ever asked for, and one firing serves every obligation
/// due at the same instant.
/// </summary>
public interface IDeadlineTriggers
{
    /// <summary>Makes sure the sweep runs at <paramref name="at"/> (at once if it has passed); asking twice is harmless.</summary>
    Task EnsureAsync(DateTimeOffset at, CancellationToken cancellationToken = default);
}
