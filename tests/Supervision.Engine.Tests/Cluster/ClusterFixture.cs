using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Hosting;
using Orleans.TestingHost;
using Supervision.Engine.Hosting;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Reactions;
using Supervision.Engine.Tests.Reactions;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Cluster;

/// <summary>One in-process Orleans test cluster per collection, on a real SQLite file, with a fake clock.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "supervision-engine-tests", Guid.NewGuid().ToString("n"));

    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2022, 4, 1, 1, 0, 0, TimeSpan.Zero));

    public static string DatabasePath => Path.Combine(Folder, "cluster.db");

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>A second store on the same file, for reading what the silo wrote.</summary>
    public IEventStore Store { get; private set; } = null!;

    /// <summary>The same second store's tables, for reading the read models the silo wrote.</summary>
    public ITables Tables => (ITables)Store;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        Store = new SqliteEventStore(new SqliteStoreOptions(DatabasePath), ReadModelMigrations.All);
        await Store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
            siloBuilder.Services.AddSingleton(new ReactionOptions { MaxAttempts = 3, PollInterval = TimeSpan.FromMilliseconds(50) });
            siloBuilder.AddSupervisionEngine(DatabasePath);
            siloBuilder.Services.AddSingleton<IReactionHandler, FlakyHandler>();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
