using System.Net;
using Microsoft.Data.Sqlite;
using Supervision.Engine.Hosting;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Upgrades;

/// <summary>
/// Every schema ever landed opens: each data folder under <c>Fixtures/Upgrades</c> (written by an earlier <c>main</c>, see
/// its README) is started by today's host, migrated to today's schema, verified event by event, and serves a read.
/// </summary>
public sealed class UpgradeTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Upgrades");

    private static IEnumerable<string> Commits() => Directory.GetDirectories(Fixtures).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);

    public static TheoryData<string> Folders() => new(Commits());

    [Fact]
    public void The_oldest_practical_schema_the_last_before_migrations_500_and_610_and_schema_620_are_kept() =>
        Assert.Superset(new HashSet<string> { "97983cd", "6506303", "2cac128", "312f3d4" }, Commits().ToHashSet());

    [Theory]
    [MemberData(nameof(Folders))]
    public async Task A_data_folder_of_an_earlier_schema_opens_migrates_verifies_and_serves_a_read(string commit)
    {
        var data = Directory.CreateTempSubdirectory($"upgrade-{commit}-").FullName;
        File.Copy(Path.Combine(Fixtures, commit, "supervision.db"), Path.Combine(data, "supervision.db"));
        var before = Scalar(data, "SELECT COUNT(*) FROM events");

        await using (var host = await TestHost.StartAsync(data, ["--Supervision:Deadlines:Enabled=false"]))
        {
            using var admin = new HttpClient { BaseAddress = host.BaseAddress };
            var signedIn = await admin.PostAsync("/api/v1/auth/login", System.Net.Http.Json.JsonContent.Create(new { username = InitialAdmin.Username, password = host.AdminPassword }));
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
            var plans = await admin.GetAsync("/api/v1/plans");
            Assert.Equal(HttpStatusCode.OK, plans.StatusCode);
            Assert.Contains("扩大就业惠民工程", await plans.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(ReadModelMigrations.All.Max(m => m.Version), Scalar(data, "SELECT MAX(version) FROM schema_migrations WHERE scope = 'app'"));
        await using var store = StoreSetup.Create(StoreSetup.Sqlite, Path.Combine(data, "supervision.db"));
        await store.InitializeAsync();
        var events = await store.Log.ReadLogAsync();
        var verification = TrailVerifier.Verify(events, wholeLog: true);
        Assert.Null(verification.FirstFault);
        Assert.True(events.Count >= before, $"{events.Count} events after opening, {before} before");
        Assert.True(before > 0, "the fixture holds no events");
    }

    private static long Scalar(string data, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "supervision.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
