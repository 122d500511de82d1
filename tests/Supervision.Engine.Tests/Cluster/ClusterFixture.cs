using Microsoft.Extensions.Time.Testing;

namespace Supervision.Engine.Tests.Cluster;

/// <summary>The cluster most engine tests share: its clock stays near 2022-04-01 (tests move it by seconds at most).</summary>
public sealed class ClusterFixture : SiloFixture<ClusterFixture>, ISiloSetting
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "supervision-engine-tests", Guid.NewGuid().ToString("n"));

    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2022, 4, 1, 1, 0, 0, TimeSpan.Zero));

    public static string DatabasePath => Path.Combine(Folder, "cluster.db");
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
