using Supervision.Engine.Hosting;
using Supervision.Host.Configuration;

namespace Supervision.Host.Cluster;

/// <summary>Registers what this node shares with the others: its role for the engine, and who is alive for the host.</summary>
public static class ClusterNodeSetup
{
    public static IServiceCollection AddClusterNode(this IServiceCollection services, SupervisionOptions options)
    {
        services.AddSingleton(new NodeRole(options.Clustered, RowLocks: options.Store == "postgres"));
        services.AddSingleton<NodeLiveness>();
        return services;
    }
}
