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

/// <summary>What a silo of a test cluster is given: its fake clock and its SQLite file, fixed per fixture type.</summary>
public interface ISiloSetting
{
    static abstract FakeTimeProvider Clock { get; }

    static abstract string DatabasePath { get; }
}

/// <summary>One in-process Orleans test cluster per collection, on a real SQLite file, with the fixture's fake clock.</summary>
public abstract class SiloFixture<TSetting> : IAsyncLifetime
    where TSetting : ISiloSetting
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>A second store on the same file, for reading what the silo wrote.</summary>
    public IEventStore Store { get; private set; } = null!;

    /// <summary>The same second store's tables, for reading the read models the silo wrote.</summary>
    public ITables Tables => (ITables)Store;

    /// <summary>The silo's deadline firings on the fixture's clock, moved from firing to firing.</summary>
    public Engine.Deadlines.VirtualTime Time => new(SiloService<Engine.Deadlines.DeadlineQueue>(), SiloService<Engine.Deadlines.DeadlineSweep>(), TSetting.Clock);

    /// <summary>The ladder steps an assignment's stream holds, in trail order, each with when it was processed.</summary>
    public Task<List<(Assignments.Events.EscalationReached Step, DateTimeOffset At)>> StepsAsync(string assignmentId) =>
        new Tests.Deadlines.DeadlineFixtureReader(Store).StepsAsync(assignmentId);

    /// <summary>A service of the (only) silo, e.g. the deadline sweep it runs.</summary>
    public T SiloService<T>()
        where T : notnull =>
        (Cluster.Primary as InProcessSiloHandle ?? throw new InvalidOperationException("The test silo is not in process.")).SiloHost.Services.GetRequiredService<T>();

    /// <summary>Where the silo writes its notices as <c>.eml</c> files.</summary>
    public string PickupDirectory => PickupFolder;

    private static string PickupFolder => Path.Combine(Path.GetDirectoryName(TSetting.DatabasePath)!, "mail-pickup");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(TSetting.DatabasePath)!);
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        Store = new SqliteEventStore(new SqliteStoreOptions(TSetting.DatabasePath), ReadModelMigrations.All);
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
            siloBuilder.Services.AddSingleton<TimeProvider>(TSetting.Clock);
            siloBuilder.Services.AddSingleton(new ReactionOptions { MaxAttempts = 3, PollInterval = TimeSpan.FromMilliseconds(50) });
            // Notices go to .eml files beside the database (no mail server), and the office has an address.
            siloBuilder.Services.AddSingleton(new Supervision.Engine.Notices.NoticeOptions { PickupDirectory = PickupFolder, LinkKeyPath = Path.Combine(PickupFolder, "..", "notice-link-key"), Office = "督查室 <office@example.org>" });
            // The log every grain appends to fails once on a test's say (FaultyStore); the tables are the store's own.
            siloBuilder.Services.AddSingleton(_ =>
            {
                var storage = StoreSetup.Create(StoreSetup.Sqlite, TSetting.DatabasePath);
                return new Storage(new FaultyStore(storage.Log), storage.Tables);
            });
            siloBuilder.AddSupervisionEngine(TSetting.DatabasePath);
            siloBuilder.Services.AddSingleton<IReactionHandler, FlakyHandler>();
        }
    }
}
