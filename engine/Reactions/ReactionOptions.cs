namespace Supervision.Engine.Reactions;

/// <summary>How the dispatcher carries out reactions (<c>Supervision:Reactions:*</c>).</summary>
public sealed class ReactionOptions
{
    /// <summary>Attempts before a reaction is parked as failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; each further failure doubles it, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many reactions run at once.</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>How long a claimed reaction is left to its runner before the dispatcher takes it again.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the dispatcher looks for due reactions when nobody nudged it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan BackoffAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var wait = TimeSpan.FromTicks((long)Math.Min(FirstBackoff.Ticks * factor, MaxBackoff.Ticks));
        return wait < TimeSpan.Zero ? MaxBackoff : wait;
    }
}
