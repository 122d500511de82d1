using Microsoft.Extensions.Diagnostics.HealthChecks;
using Supervision.Engine.Hosting;
using Supervision.Engine.Trail;

namespace Supervision.Host.Health;

/// <summary>
/// Ready when this node's own store connection answers a trivial query. Nothing here calls a grain: a grain may live on
/// another node, and a peer's death must not make this node look unready (the silo's own membership is the cluster check).
/// </summary>
public sealed class StoreHealthCheck(ITables tables) : IHealthCheck
{
    // Under load the pool may make the probe wait a little; a store that gives no answer in this long is not one to send work to.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await StoreProbe.AnswerAsync(tables, cancellationToken).WaitAsync(Patience, cancellationToken);
            return HealthCheckResult.Healthy("this node's store connection answers");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"this node's store does not answer: {e.Message}");
        }
    }
}
