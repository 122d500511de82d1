using Microsoft.Extensions.Time.Testing;
using Supervision.Engine.Tests.Cluster;

namespace Supervision.Engine.Tests.Campaigns;

/// <summary>A cluster for campaigns and evaluations whose clock starts on Monday 2022-05-09, 10:00 in Beijing, and moves from firing to firing.</summary>
public sealed class CampaignFixture : SiloFixture<CampaignFixture>, ISiloSetting
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "supervision-engine-tests", Guid.NewGuid().ToString("n"));

    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2022, 5, 9, 2, 0, 0, TimeSpan.Zero));

    public static string DatabasePath => Path.Combine(Folder, "campaigns.db");

    /// <summary>Moves the clock a week past its latest position, so tests of the collection never share a deadline.</summary>
    public static void NextWeek()
    {
        var now = Clock.GetUtcNow();
        Clock.SetUtcNow(new DateTimeOffset(now.UtcDateTime.Date.AddDays(7), TimeSpan.Zero).AddHours(2));
    }
}

[CollectionDefinition(Name)]
public sealed class CampaignCollection : ICollectionFixture<CampaignFixture>
{
    public const string Name = "campaigns";
}
