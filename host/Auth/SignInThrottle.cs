using System.Collections.Concurrent;

namespace Supervision.Host.Auth;

/// <summary>
/// Slows password guessing: after <see cref="MaxFailures"/> failed sign-ins for one user name from one address
/// within <see cref="Window"/>, further attempts are refused until the window has passed.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Since)> _failures = new();

    public bool MayTry(string key) =>
        !_failures.TryGetValue(key, out var f) || f.Count < MaxFailures || clock.GetUtcNow() - f.Since > Window;

    public void Failed(string key)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(key, (1, now), (_, f) => now - f.Since > Window ? (1, now) : (f.Count + 1, f.Since));
        if (_failures.Count > 100_000)
        {
            // Old entries are worthless once their window has passed; drop them rather than grow without end.
            foreach (var stale in _failures.Where(p => now - p.Value.Since > Window).Select(p => p.Key).ToList())
            {
                _failures.TryRemove(stale, out _);
            }
        }
    }
}
