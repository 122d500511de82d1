using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Hosting;

/// <summary>The one place a store is chosen by its kind (<c>Supervision:Store</c>): the host and the command-line verbs both open it here.</summary>
public static class StoreSetup
{
    public const string Sqlite = "sqlite";

    /// <summary>Opens (not yet initializes) the store of <paramref name="kind"/>: its event log and its plain tables, over one database.</summary>
    public static Storage Create(string kind, string databasePath)
    {
        var store = kind switch
        {
            Sqlite => new SqliteEventStore(new SqliteStoreOptions(databasePath), ReadModelMigrations.All),
            _ => throw new ArgumentException($"There is no store of kind '{kind}'; this version has '{Sqlite}'.", nameof(kind)),
        };
        return new Storage(store, store);
    }

    /// <summary>Registers the store once, and the log and the tables as its two faces.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, string kind, string databasePath)
    {
        services.TryAddSingleton(_ => Create(kind, databasePath));
        services.TryAddSingleton(sp => sp.GetRequiredService<Storage>().Log);
        services.TryAddSingleton(sp => sp.GetRequiredService<Storage>().Tables);
        return services;
    }
}
