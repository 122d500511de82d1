using System.Security.Cryptography;
using System.Text;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Access;

/// <summary>
/// Slows password guessing: after <see cref="MaxFailures"/> failed sign-ins for one user name from one address
/// within <see cref="Window"/>, further attempts are refused until the window has passed. The counts are rows of the
/// shared store (<c>sign_in_failures</c>, keyed by a hash of address and name), so every node of a cluster counts the
/// same failures and a restart forgets nothing.
/// </summary>
public sealed class SignInThrottle(ITables tables, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public async Task<bool> MayTryAsync(string key, CancellationToken cancellationToken = default)
    {
        var rows = await tables.QueryAsync(
            "SELECT failures FROM sign_in_failures WHERE throttle_key = @key AND since >= @cutoff",
            new Dictionary<string, object?> { ["key"] = Hash(key), ["cutoff"] = TrailTime.Format(clock.GetUtcNow() - Window) },
            r => r.GetInt32(0),
            cancellationToken);
        return rows.Count == 0 || rows[0] < MaxFailures;
    }

    public async Task FailedAsync(string key, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var values = new Dictionary<string, object?>
        {
            ["key"] = Hash(key), ["now"] = TrailTime.Format(now), ["cutoff"] = TrailTime.Format(now - Window),
            ["stale"] = TrailTime.Format(now - (Window * 10)),
        };
        await tables.ExecuteAsync(
        [
            // A count whose window has passed starts again at one; otherwise one more in the same window.
            new ProjectionWrite(
                """
                INSERT INTO sign_in_failures (throttle_key, failures, since) VALUES (@key, 1, @now)
                ON CONFLICT (throttle_key) DO UPDATE SET
                    failures = CASE WHEN sign_in_failures.since < @cutoff THEN 1 ELSE sign_in_failures.failures + 1 END,
                    since = CASE WHEN sign_in_failures.since < @cutoff THEN @now ELSE sign_in_failures.since END
                """,
                values),
            // Old counts are worthless once their window has passed; drop them rather than grow without end.
            new ProjectionWrite("DELETE FROM sign_in_failures WHERE since < @stale", values),
        ], cancellationToken);
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
