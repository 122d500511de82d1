using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Postgres;

namespace Supervision.Engine.Hosting;

/// <summary>The one place a store is chosen by its kind (<c>Supervision:Store</c>): the host and the command-line verbs both open it here.</summary>
public static class StoreSetup
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>
    /// Opens (not yet initializes) the store of <paramref name="kind"/>: its event log and its plain tables, over one
    /// database. <paramref name="location"/> is the database file (sqlite) or the Npgsql connection string (postgres).
    /// </summary>
    public static Storage Create(string kind, string location) => kind switch
    {
        Sqlite => Both(new SqliteEventStore(new SqliteStoreOptions(location), ReadModelMigrations.All)),
        Postgres => Both(new PostgresEventStore(new PostgresStoreOptions(location), ReadModelMigrations.All)),
        _ => throw new ArgumentException($"There is no store of kind '{kind}'; this version has '{Sqlite}' and '{Postgres}'.", nameof(kind)),
    };

    /// <summary>Registers the store once, and the log and the tables as its two faces.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, string kind, string location)
    {
        services.TryAddSingleton(_ => Create(kind, location));
        services.TryAddSingleton(sp => sp.GetRequiredService<Storage>().Log);
        services.TryAddSingleton(sp => sp.GetRequiredService<Storage>().Tables);
        return services;
    }

    private static Storage Both<T>(T store) where T : IEventStore, ITables => new(store, store);
}
