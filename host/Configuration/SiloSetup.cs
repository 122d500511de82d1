using System.Net;
using Orleans.Configuration;
using Supervision.Engine.Deadlines.Quartz;
using Supervision.Engine.Hosting;
using Supervision.Host.Cluster;

namespace Supervision.Host.Configuration;

/// <summary>The Orleans silo inside the host, with the engine on the store the settings choose, alone or in a cluster.</summary>
public static class SiloSetup
{
    public static void AddSupervisionSilo(this WebApplicationBuilder builder, SupervisionOptions options)
    {
        var budget = ConnectionBudget.From(builder.Configuration, options.Clustered);
        builder.UseOrleans(silo =>
        {
            if (options.Clustered)
            {
                silo.UsePostgresCluster(options, budget);
            }
            else
            {
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
            }

            // The node's role first: the engine only adds a lone node's when none is registered.
            silo.Services.AddClusterNode(options, budget);
            silo.AddSupervisionEngine(options.Store, options.Store == StoreSetup.Postgres ? budget.StoreConnection(options.Postgres!) : options.StoreLocation);
            // Without deadlines (Supervision:Deadlines:Enabled=false) the engine's in-memory queue is left in place and never drained.
            if (options.Deadlines.Enabled)
            {
                var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone ?? Supervision.Workflows.Calendar.DueTimes.DefaultZoneId);
                var store = options.Clustered
                    ? QuartzStore.ClusteredPostgres(budget.QuartzConnection(options.Postgres!), $"{Environment.MachineName}:{options.SiloPort}", options.Deadlines.CheckinInterval, options.Deadlines.CheckinMisfireThreshold)
                    : QuartzStore.Sqlite(options.QuartzDatabasePath);
                silo.Services.AddQuartzDeadlines(store, (options.Notices.DigestHour, zone));
            }
        });
    }

    /// <summary>Orleans' ADO.NET membership in PostgreSQL: the schema first, then the silo joins, reachable at the advertised address.</summary>
    private static void UsePostgresCluster(this ISiloBuilder silo, SupervisionOptions options, ConnectionBudget budget)
    {
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = budget.MembershipConnection(options.Postgres!);
        });
        silo.Configure<ClusterMembershipOptions>(MembershipTiming.Apply);
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (options.ClusterId, options.ClusterId));
        var advertised = options.AdvertisedAddress is { Length: > 0 } a ? IPAddress.Parse(a) : null;
        if (advertised is null)
        {
            silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        }
        else
        {
            silo.ConfigureEndpoints(advertised, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        }

        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
            new ClusterSchemaStep(options.Postgres!, sp.GetRequiredService<ILogger<ClusterSchemaStep>>()));
    }
}
