using Orleans.Runtime;
using Supervision.Engine.Hosting;
using Supervision.Host.Configuration;

namespace Supervision.Host.Cluster;

/// <summary>Registers what this node shares with the others: its role for the engine, who is alive for the host, and its connection budget.</summary>
public static class ClusterNodeSetup
{
    public static IServiceCollection AddClusterNode(this IServiceCollection services, SupervisionOptions options, ConnectionBudget budget)
    {
        services.AddSingleton(new NodeRole(options.Clustered, RowLocks: options.Store == "postgres"));
        services.AddSingleton<NodeLiveness>();
        services.AddSingleton(budget);
        if (options.Store == StoreSetup.Postgres)
        {
            services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => new BudgetAnnouncement(budget, sp.GetRequiredService<ILogger<ConnectionBudget>>()));
        }

        return services;
    }

    /// <summary>Says at start how many PostgreSQL connections this node may hold, and in which pools.</summary>
    private sealed class BudgetAnnouncement(ConnectionBudget budget, ILogger log) : ILifecycleParticipant<ISiloLifecycle>
    {
        public void Participate(ISiloLifecycle lifecycle) => lifecycle.Subscribe(nameof(BudgetAnnouncement), ServiceLifecycleStage.First, _ =>
        {
            log.LogInformation(
                "PostgreSQL connection budget of this node: at most {MaxConnections} ({Setting}): store {Store}, Quartz {Quartz}, membership {Membership}",
                budget.MaxConnections, ConnectionBudget.Setting, budget.Store, budget.Quartz, budget.Membership);
            return Task.CompletedTask;
        });
    }
}
