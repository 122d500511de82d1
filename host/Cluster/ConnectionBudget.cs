using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Npgsql;

namespace Supervision.Host.Cluster;

/// <summary>
/// One node's share of PostgreSQL's connections (<c>Supervision:Postgres:MaxConnections</c>), split over its pools: Orleans'
/// membership and Quartz's clustered job store take a few each (in a cluster), the store (trail, read models, everything
/// else) the rest. Each pool is its own connection string (<c>Maximum Pool Size</c>, <c>Application Name</c>), so
/// <c>pg_stat_activity</c> shows which pool holds what; a pool size written in <c>Supervision:Postgres</c> is replaced.
/// </summary>
public sealed record ConnectionBudget(int MaxConnections, bool Clustered)
{
    public const string Setting = "Supervision:Postgres:MaxConnections";

    /// <summary>Three nodes fit PostgreSQL's stock <c>max_connections = 100</c> less its 3 superuser slots, with 7 left for people and tools.</summary>
    public const int Default = 30;

    public const int Minimum = 12;

    public const int Maximum = 10_000;

    /// <summary>Orleans' ADO.NET membership: a heartbeat, a table read and the occasional vote, one at a time.</summary>
    public int Membership => Clustered ? 2 : 0;

    /// <summary>Quartz's scheduler thread, its cluster check-in, its misfire scan and a firing completing at once.</summary>
    public int Quartz => Clustered ? 4 : 0;

    public int Store => MaxConnections - Membership - Quartz;

    public string StoreConnection(string connectionString) => Pool(connectionString, Store, "store");

    public string QuartzConnection(string connectionString) => Pool(connectionString, Quartz, "quartz");

    public string MembershipConnection(string connectionString) => Pool(connectionString, Membership, "membership");

    /// <summary>The budget the settings give, or the default.</summary>
    public static ConnectionBudget From(IConfiguration configuration, bool clustered) =>
        new(int.TryParse(configuration[Setting], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Default, clustered);

    public static IEnumerable<string> Problems(IConfiguration configuration)
    {
        var given = configuration[Setting];
        if (given is null)
        {
            yield break;
        }

        if (!int.TryParse(given, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < Minimum or > Maximum)
        {
            yield return $"Setting {Setting} is invalid: must be a whole number of connections from {Minimum} to {Maximum} for this node " +
                $"(was '{given}'); the default {Default} lets three nodes share PostgreSQL's stock max_connections = 100.";
        }
        else if (string.IsNullOrWhiteSpace(configuration["Supervision:Postgres"]))
        {
            yield return $"Setting {Setting} is invalid: it sizes this node's PostgreSQL pools, so give the connection string Supervision:Postgres with it (or leave it out).";
        }
    }

    private static string Pool(string connectionString, int size, string purpose)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = size, ApplicationName = $"supervision {purpose}" };
        builder.MinPoolSize = Math.Min(builder.MinPoolSize, size);
        return builder.ConnectionString;
    }
}

/// <summary>The budget's setting, bound and checked at start like every other (<see cref="ConnectionBudget.Problems"/> gives the sentence).</summary>
public sealed class ConnectionBudgetOptions
{
    [Range(ConnectionBudget.Minimum, ConnectionBudget.Maximum)]
    public int MaxConnections { get; set; } = ConnectionBudget.Default;
}
