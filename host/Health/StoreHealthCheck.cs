using Microsoft.Extensions.Diagnostics.HealthChecks;
using Supervision.Engine.Trail;

namespace Supervision.Host.Health;

/// <summary>Ready when the trail store answers a query and the silo answers a grain call.</summary>
public sealed class StoreHealthCheck(ITables tables, IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.QueryAsync("SELECT COUNT(*) FROM schema_migrations", new Dictionary<string, object?>(), r => r.GetInt64(0), cancellationToken);
            await grains.GetGrain<Engine.Agencies.IAgencyGrain>("health-probe").GetAsync().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
            return HealthCheckResult.Healthy("store and silo answer");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"not ready: {e.Message}");
        }
    }
}
