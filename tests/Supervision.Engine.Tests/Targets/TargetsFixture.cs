using Microsoft.Extensions.Time.Testing;
using Supervision.Engine.Tests.Cluster;

namespace Supervision.Engine.Tests.Targets;

/// <summary>
/// A cluster whose clock a test moves through a year of its own: <see cref="ClaimYear"/> hands each test the next year
/// with a business calendar (2022 first) and sets the clock to its first day, so a test's history never runs backwards.
/// </summary>
public sealed class TargetsFixture : SiloFixture<TargetsFixture>, ISiloSetting
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "supervision-engine-tests", Guid.NewGuid().ToString("n"));

    private static readonly int[] Years = [2022, 2023, 2024, 2025, 2026];

    private int _claimed;

    public static FakeTimeProvider Clock { get; } = new JumpingClock(new DateTimeOffset(2021, 12, 31, 0, 0, 0, TimeSpan.Zero));

    public static string DatabasePath => Path.Combine(Folder, "targets.db");

    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public int ClaimYear()
    {
        var year = Years[Interlocked.Increment(ref _claimed) - 1];
        Clock.SetUtcNow(new DateTimeOffset(year, 1, 2, 9, 0, 0, Beijing));
        return year;
    }

    /// <summary>Moves the clock to <paramref name="at"/> (never back).</summary>
    public static void At(DateTimeOffset at) => Clock.SetUtcNow(at);
}

/// <summary>
/// A fake clock whose timers run on real time: the tests jump it by months, and a fake timer would fire once for every
/// period jumped over (a one-second timer 172,800 times for two days), which the silo's own periodic timers make slow.
/// Nothing here waits on a timer of the fake time: deadlines are not run in these tests.
/// </summary>
public sealed class JumpingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);
}

[CollectionDefinition(Name)]
public sealed class TargetsCollection : ICollectionFixture<TargetsFixture>
{
    public const string Name = "targets";
}
