using Microsoft.Data.Sqlite;
using Quartz;

namespace Supervision.Engine.Deadlines.Quartz;

/// <summary>
/// Where Quartz keeps its firings: a SQLite file of its own (one node), or PostgreSQL shared by every node of a cluster
/// (clustered <c>AdoJobStore</c>: a trigger fires on one node only; a node that stops checking in is taken for dead
/// after the check-in interval plus the misfire threshold, and another node takes over its firings). Either way Quartz
/// creates its <c>qrtz_</c> tables when they are missing.
/// </summary>
public sealed record QuartzStore(string Kind, Action<IPersistentStoreBuilder> Configure, string? InstanceId = null)
{
    public static QuartzStore Sqlite(string databasePath) => new("sqlite", store =>
    {
        store.UseSqlite(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString());
        store.ProvisionSchema();
    });

    /// <summary>
    /// Every node's scheduler keeps Quartz's default name, which is what makes them one Quartz cluster on the database;
    /// <paramref name="instanceId"/> names the node among them (in <c>qrtz_scheduler_state</c> and <c>qrtz_fired_triggers</c>).
    /// </summary>
    public static QuartzStore ClusteredPostgres(string connectionString, string instanceId, TimeSpan checkinInterval, TimeSpan misfireThreshold) =>
        new("postgres", store =>
        {
            store.UsePostgres(connectionString);
            store.ProvisionSchema();
            store.UseClustering(c =>
            {
                c.CheckinInterval = checkinInterval;
                c.CheckinMisfireThreshold = misfireThreshold;
            });
        }, instanceId);
}
