namespace Supervision.Engine.Deadlines;

/// <summary>How the deadline sweep fans out (<c>Supervision:Deadlines:*</c>).</summary>
public sealed class DeadlineOptions
{
    /// <summary>
    /// False: nothing fires deadlines (no Quartz); the ladder stands still. For looking at a store whose clock must not
    /// move on, such as a simulation's (<c>simulate</c>), whose due instants lie in the past of the real clock.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Grains asked at once while a firing fans out.</summary>
    public int Concurrency { get; set; } = 64;

    /// <summary>Due obligations read per batch.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>When a grain could not be asked (it failed), how long before the sweep tries again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// In a cluster: how often each node's Quartz scheduler records that it is alive. A node silent for this plus
    /// <see cref="CheckinMisfireThreshold"/> is taken for dead, and its firings are taken over by another.
    /// </summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>In a cluster: how long past a missed check-in the others wait before taking a node's firings over.</summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(10);
}
