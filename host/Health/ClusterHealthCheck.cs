using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Runtime;

namespace Supervision.Host.Health;

/// <summary>Ready once this silo has joined the cluster (its membership status is active); the data name the active nodes.</summary>
public sealed class ClusterHealthCheck(ISiloStatusOracle oracle, Cluster.NodeLiveness nodes) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["node"] = nodes.Self,
            ["status"] = oracle.CurrentStatus.ToString().ToLowerInvariant(),
            ["active_nodes"] = nodes.ActiveNodes,
        };
        return Task.FromResult(oracle.CurrentStatus == SiloStatus.Active
            ? HealthCheckResult.Healthy("this silo is an active member of the cluster", data)
            : HealthCheckResult.Unhealthy($"this silo has not joined the cluster (status {oracle.CurrentStatus})", data: data));
    }
}
