using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Hosting;

/// <summary>The one place a store is chosen by its kind (<c>Supervision:Store</c>): the host and the command-line verbs both open it here.</summary>
public static class StoreSetup
{
    public const string Sqlite = "sqlite";

    public static IEventStore Create(string kind, string databasePath) => kind switch
    {
        Sqlite => new SqliteEventStore(new SqliteStoreOptions(databasePath), ReadModelMigrations.All),
        _ => throw new ArgumentException($"There is no store of kind '{kind}'; this version has '{Sqlite}'.", nameof(kind)),
    };
}
