using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests;

[Collection(HostCollection.Name)]
public sealed class CliTests(HostFixture host)
{
    [Fact]
    public async Task Verify_trail_exits_0_for_an_intact_export_and_1_naming_the_first_bad_event()
    {
        var w = await ApiWorld.CreateAsync(host);
        await w.LeadUser.PostAsync($"/api/v1/assignments/{w.LeadAssignment}/acknowledge", new { responsible_name = "张三" });
        var folder = Directory.CreateTempSubdirectory("trail-").FullName;
        var intact = Path.Combine(folder, "intact.json");
        var tampered = Path.Combine(folder, "tampered.json");
        var export = await host.Inspector.GetStringAsync($"/api/v1/items/{w.ItemId}/trail/export");
        await File.WriteAllTextAsync(intact, export);
        await File.WriteAllTextAsync(tampered, export.Replace("张三", "王五", StringComparison.Ordinal));

        var good = await CliProcess.RunAsync(null, "verify-trail", intact);
        var bad = await CliProcess.RunAsync(null, "verify-trail", tampered);

        Assert.Equal(0, good.Exit);
        Assert.Contains("Intact", good.Out, StringComparison.Ordinal);
        Assert.Equal(1, bad.Exit);
        Assert.Contains("position", bad.Out, StringComparison.Ordinal);
        Assert.Contains($"assignment-{w.LeadAssignment}", bad.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_trail_exits_2_for_a_file_that_is_not_a_trail()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("trail-").FullName, "notes.json");
        await File.WriteAllTextAsync(file, "{\"hello\": 1}");

        var (exit, _, err) = await CliProcess.RunAsync(null, "verify-trail", file);

        Assert.Equal(2, exit);
        Assert.False(string.IsNullOrWhiteSpace(err));
    }

    [Fact]
    public async Task Users_verbs_add_list_and_refuse_a_bad_role()
    {
        var env = new Dictionary<string, string> { ["SUPERVISION__DATADIRECTORY"] = Directory.CreateTempSubdirectory("cli-users-").FullName };

        var added = await CliProcess.RunAsync(env, "users", "add", "coord-cli", "--role", "coordinator", "--password", "a-long-password");
        var listed = await CliProcess.RunAsync(env, "users", "list");
        var refused = await CliProcess.RunAsync(env, "users", "add", "eve", "--role", "emperor");
        var token = await CliProcess.RunAsync(env, "users", "token", "coord-cli");

        Assert.Equal(0, added.Exit);
        Assert.Contains("coord-cli", listed.Out, StringComparison.Ordinal);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("Role must be one of", refused.Err, StringComparison.Ordinal);
        Assert.StartsWith("sv_", token.Out.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Supervision:SiloPort=0", "Supervision:SiloPort")]
    [InlineData("--Supervision:MaxRequestBytes=lots", "Supervision:MaxRequestBytes")]
    [InlineData("--Supervision:TimeZone=Mars/Olympus_Mons", "Supervision:TimeZone")]
    public async Task A_wrong_setting_stops_the_host_with_a_sentence_naming_it(string setting, string named)
    {
        var env = new Dictionary<string, string> { ["SUPERVISION__DATADIRECTORY"] = Directory.CreateTempSubdirectory("cli-config-").FullName };

        var (exit, _, err) = await CliProcess.RunAsync(env, "--urls", "http://127.0.0.1:0", setting);

        Assert.Equal(2, exit);
        Assert.Contains("configuration error", err, StringComparison.Ordinal);
        Assert.Contains(named, err, StringComparison.Ordinal);
    }
}
