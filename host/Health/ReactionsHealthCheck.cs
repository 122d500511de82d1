using Microsoft.Extensions.Diagnostics.HealthChecks;
using Supervision.Engine.Reactions;

namespace Supervision.Host.Health;

/// <summary>
/// How the reactions queue stands: waiting and parked counts and the lag of the latest carried out. Parked reactions
/// make the host degraded (it still serves; an admin must look at <c>GET /api/v1/reactions?state=failed</c>).
/// </summary>
public sealed class ReactionsHealthCheck(ReactionQuery reactions, ReactionLag lag) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (pending, failed) = await reactions.CountsAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["pending"] = pending,
            ["failed"] = failed,
            ["carried_out"] = lag.Count,
            ["lag_p50_ms"] = Math.Round(lag.Percentile(50) ?? 0, 1),
            ["lag_p99_ms"] = Math.Round(lag.Percentile(99) ?? 0, 1),
        };
        return failed > 0
            ? HealthCheckResult.Degraded($"{failed} reactions are parked after failing; see GET /api/v1/reactions?state=failed", data: data)
            : HealthCheckResult.Healthy($"{pending} reactions waiting", data);
    }
}
