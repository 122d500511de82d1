using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Postgres;

/// <summary><c>Supervision:Store</c> and <c>Supervision:Postgres</c> are checked at start: a sentence, exit 2, no stack trace.</summary>
public sealed class StoreSettingsTests
{
    [Theory]
    [InlineData("--Supervision:Store=postgres", "", "Supervision:Postgres is missing")]
    [InlineData("--Supervision:Store=postgres", "--Supervision:Postgres=Host=127.0.0.1;Port=1;Database=supervision;Timeout=3", "did not accept a connection")]
    [InlineData("--Supervision:Store=postgres", "--Supervision:Postgres=Hots=nowhere", "not an Npgsql connection string")]
    [InlineData("--Supervision:Store=mysql", "", "Supervision:Store")]
    public async Task A_wrong_store_setting_stops_the_host_with_a_sentence_naming_it(string store, string postgres, string said)
    {
        var env = new Dictionary<string, string> { ["SUPERVISION__DATADIRECTORY"] = Directory.CreateTempSubdirectory("cli-store-").FullName };
        string[] args = ["--urls", "http://127.0.0.1:0", store, .. postgres.Length > 0 ? [postgres] : Array.Empty<string>()];

        var (exit, _, err) = await CliProcess.RunAsync(env, args);

        Assert.Equal(2, exit);
        Assert.Contains("configuration error", err, StringComparison.Ordinal);
        Assert.Contains(said, err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }
}
