using Microsoft.Extensions.Time.Testing;
using Supervision.Engine.Tests.Cluster;

namespace Supervision.Engine.Tests.Deadlines;

/// <summary>A cluster whose clock starts on Thursday 2022-05-05, 10:00 in Beijing, and moves from firing to firing.</summary>
public sealed class DeadlineFixture : SiloFixture<DeadlineFixture>, ISiloSetting
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "supervision-engine-tests", Guid.NewGuid().ToString("n"));

    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2022, 5, 5, 2, 0, 0, TimeSpan.Zero));

    public static string DatabasePath => Path.Combine(Folder, "deadlines.db");
}

[CollectionDefinition(Name)]
public sealed class DeadlineCollection : ICollectionFixture<DeadlineFixture>
{
    public const string Name = "deadlines";
}
