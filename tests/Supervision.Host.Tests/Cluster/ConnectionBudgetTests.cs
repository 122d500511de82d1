using Npgsql;
using Supervision.Host.Cluster;

namespace Supervision.Host.Tests.Cluster;

/// <summary>One setting sizes every PostgreSQL pool of a node; three nodes at the default fit PostgreSQL's stock 100 connections.</summary>
public sealed class ConnectionBudgetTests
{
    [Fact]
    public void Three_nodes_at_the_default_budget_fit_in_stock_postgresql_beside_its_superuser_slots()
    {
        var budget = new ConnectionBudget(ConnectionBudget.Default, Clustered: true);

        Assert.Equal(budget.MaxConnections, budget.Store + budget.Quartz + budget.Membership);
        Assert.True(3 * budget.MaxConnections <= 100 - 3, $"3 × {budget.MaxConnections} does not fit 97");
    }

    [Fact]
    public void Each_pool_is_capped_at_its_share_and_named_whatever_the_connection_string_said()
    {
        var budget = new ConnectionBudget(30, Clustered: true);
        const string given = "Host=db;Database=supervision;Username=s;Maximum Pool Size=200;Minimum Pool Size=10";

        var pools = new[] { budget.StoreConnection(given), budget.QuartzConnection(given), budget.MembershipConnection(given) }
            .Select(s => new NpgsqlConnectionStringBuilder(s)).ToList();

        Assert.Equal([24, 4, 2], pools.Select(p => p.MaxPoolSize));
        Assert.All(pools, p => Assert.True(p.MinPoolSize <= p.MaxPoolSize));
        Assert.Equal(3, pools.Select(p => p.ApplicationName).Distinct().Count());
    }

    [Fact]
    public void A_single_node_on_postgresql_gives_the_whole_budget_to_its_store()
    {
        var budget = new ConnectionBudget(30, Clustered: false);

        Assert.Equal(30, budget.Store);
    }
}
