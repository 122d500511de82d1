using Microsoft.Extensions.Time.Testing;

namespace Supervision.Host.Simulation;

/// <summary>
/// The simulation's clock: the date and time are virtual (set from firing to firing), but timers and timestamps are
/// real. Orleans' own periodic timers read the same <see cref="TimeProvider"/>; on a plain fake clock, moving it a day on
/// ran each of them once per period of that day (tens of thousands of callbacks per simulated day), while none of the
/// engine's rules waits on a timer — they compare instants.
/// </summary>
public sealed class SimulationClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);

    public override long GetTimestamp() => System.GetTimestamp();

    public override long TimestampFrequency => System.TimestampFrequency;
}
