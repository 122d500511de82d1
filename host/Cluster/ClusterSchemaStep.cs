using Orleans.Runtime;

namespace Supervision.Host.Cluster;

/// <summary>Brings the cluster's schema up to date before anything else in the silo starts: membership reads its queries from it.</summary>
public sealed class ClusterSchemaStep(string connectionString, ILogger<ClusterSchemaStep> log) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ClusterSchemaStep), ServiceLifecycleStage.First, ct => Engine.Hosting.Cluster.ClusterSchema.ApplyAsync(connectionString, log, ct));
}
