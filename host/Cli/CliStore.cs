using Microsoft.Extensions.Configuration;
using Supervision.Engine.Access;
using Supervision.Engine.Hosting;
using Supervision.Host.Configuration;

namespace Supervision.Host.Cli;

/// <summary>Opens the host's own store from the same configuration the host reads, checked the same way, for verbs that work without the silo.</summary>
public static class CliStore
{
    public static async Task<(Storage Store, UserStore Users)> OpenAsync(CancellationToken cancellationToken)
    {
        var options = Settings();
        var store = StoreSetup.Create(options.Store, options.StoreLocation);
        await store.InitializeAsync(cancellationToken);
        return (store, new UserStore(store.Tables, TimeProvider.System));
    }

    /// <summary>The host's settings as the verbs read them (appsettings.json, then <c>SUPERVISION__…</c> variables), checked as the host checks them.</summary>
    public static SupervisionOptions Settings()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return ConfigurationSetup.Load(configuration);
    }
}
