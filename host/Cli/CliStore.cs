using Microsoft.Extensions.Configuration;
using Supervision.Engine.Access;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Host.Configuration;

namespace Supervision.Host.Cli;

/// <summary>Opens the host's own store from the same configuration the host reads, for verbs that work without the silo.</summary>
public static class CliStore
{
    public static async Task<(IEventStore Store, UserStore Users)> OpenAsync(CancellationToken cancellationToken)
    {
        var options = Settings();
        Directory.CreateDirectory(options.DataDirectory);
        var store = new SqliteEventStore(new SqliteStoreOptions(options.DatabasePath), ReadModelMigrations.All);
        await store.InitializeAsync(cancellationToken);
        return (store, new UserStore(store, TimeProvider.System));
    }

    /// <summary>The host's settings as the verbs read them (appsettings.json, then <c>SUPERVISION__…</c> variables).</summary>
    public static SupervisionOptions Settings()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return configuration.GetSection(SupervisionOptions.Section).Get<SupervisionOptions>() ?? new SupervisionOptions();
    }
}
