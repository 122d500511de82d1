using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Cluster;

/// <summary>
/// The notice link key: made at first start (not at first use), given by value or file, and the same on every node — a
/// host whose key differs from the one the database recorded is refused at start with a sentence and exit code 2.
/// </summary>
public sealed class SharedKeyTests
{
    private static readonly string KeyA = new('a', 64);
    private static readonly string KeyB = "0123456789abcdef".PadRight(64, 'b');

    [Fact]
    public async Task A_second_host_on_the_same_database_with_another_notice_link_key_is_refused_at_start_with_exit_code_2()
    {
        await using var first = new OwnHost(null, "--Supervision:Keys:NoticeLink", KeyA);
        await first.StartAsync();
        await first.StopAsync();

        var (exit, _, err) = await CliProcess.RunAsync(TimeSpan.FromMinutes(3), null, [.. HostArguments(first.DataDirectory), "--Supervision:Keys:NoticeLink", KeyB]);

        Assert.True(exit == 2, $"exit {exit}: {err}");
        Assert.Contains("notice link key", err, StringComparison.Ordinal);
        Assert.Contains("Supervision:Keys:NoticeLink", err, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyA, err, StringComparison.Ordinal);
        Assert.DoesNotContain(KeyB, err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_file_is_made_at_first_start_and_a_host_given_the_same_key_by_file_starts()
    {
        await using var first = new OwnHost();
        await first.StartAsync();
        var made = Path.Combine(first.DataDirectory, "keys", "notice-link-key");
        Assert.Matches("^[0-9A-Fa-f]{64}$", File.ReadAllText(made).Trim());
        await first.StopAsync();

        var copy = Path.Combine(Directory.CreateTempSubdirectory("supervision-key-").FullName, "copied-key");
        File.WriteAllText(copy, File.ReadAllText(made).ToLowerInvariant() + "\n");
        await using var second = new OwnHost(first.DataDirectory, "--Supervision:Keys:NoticeLinkFile", copy);
        await second.StartAsync();
        Assert.True((await second.Client().GetAsync("/health/ready")).IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("--Supervision:Keys:NoticeLink", "not-a-key", "Supervision:Keys:NoticeLink is invalid")]
    [InlineData("--Supervision:Postgres:MaxConnections", "5", "Supervision:Postgres:MaxConnections is invalid")]
    [InlineData("--Supervision:Postgres:MaxConnections", "many", "Supervision:Postgres:MaxConnections is invalid")]
    public async Task A_malformed_key_or_connection_budget_stops_the_host_with_a_sentence_naming_the_setting(string setting, string value, string sentence)
    {
        var data = Directory.CreateTempSubdirectory("supervision-bad-").FullName;
        var (exit, _, err) = await CliProcess.RunAsync(null, [.. HostArguments(data), setting, value]);

        Assert.Equal(2, exit);
        Assert.Contains(sentence, err, StringComparison.Ordinal);
    }

    private static string[] HostArguments(string data) =>
    [
        "--urls", $"http://127.0.0.1:{FreePort.Next()}",
        "--Supervision:DataDirectory", data,
        "--Supervision:SiloPort", FreePort.NextText(),
        "--Supervision:GatewayPort", FreePort.NextText(),
        .. TestStore.Settings(TestStore.Default, data),
    ];
}
