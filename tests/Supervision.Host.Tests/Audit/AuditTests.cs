using System.Net.Http.Json;
using Supervision.Host.Tests.Fixture;
using Supervision.Host.Tests.Trails;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Audit;

/// <summary>The access audit over HTTP: refused sign-ins with their address, exports, the trail's own verification, filters, who may read it.</summary>
[Collection(HostCollection.Name)]
public sealed class AuditTests(HostFixture host)
{
    [Fact]
    public async Task A_refused_sign_in_shows_in_the_audit_with_its_address_and_the_password_appears_nowhere()
    {
        var username = "intruder" + Guid.NewGuid().ToString("n")[..8];
        var password = "Pw-" + Guid.NewGuid().ToString("n") + "-secret";

        var refused = await host.Anonymous.PostAsJsonAsync("/api/v1/auth/login", new { username, password });
        var (status, list) = await host.Inspector.GetJsonAsync($"/api/v1/audit?user={username}&kind=sign_in_failed");
        var log = await host.Coordinator.GetStringAsync("/api/v1/trail/export");

        Assert.Equal(400, (int)refused.StatusCode);
        Assert.Equal(200, status);
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(("sign_in_failed", username, "127.0.0.1"), (item.Str("kind"), item.Str("user"), item.Str("address")));
        Assert.Contains(username, log, StringComparison.Ordinal);
        Assert.DoesNotContain(password, log, StringComparison.Ordinal);
        Assert.DoesNotContain(password, list.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(password, ReadLogFiles(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_and_an_export_are_recorded_and_the_exported_audit_streams_verify()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var admin = await host.SignInAsync(InitialAdmin.Username, InitialAdmin.Password(host.DataDirectory));
        var export = await host.Coordinator.GetStringAsync("/api/v1/trail/export");
        var file = await TrailFiles.SaveAsync(TrailFiles.Folder(), "whole-log.json", export);

        var (_, exports) = await admin.GetJsonAsync($"/api/v1/audit?user=coord&kind=export&from={Uri.EscapeDataString(since)}");
        var (_, signIns) = await host.Inspector.GetJsonAsync($"/api/v1/audit?user=admin&kind=sign_in&from={Uri.EscapeDataString(since)}");
        var (exit, stdout, _) = await CliProcess.RunAsync(null, "verify-trail", file);

        Assert.Contains(exports.GetProperty("items").EnumerateArray(), e => e.Str("subject").Contains("/api/v1/trail/export", StringComparison.Ordinal));
        Assert.NotEmpty(signIns.GetProperty("items").EnumerateArray());
        Assert.Contains("\"audit-", export, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.StartsWith("完好 Intact", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind=sign_on", "kind")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2026-13-01", "to")]
    [InlineData("from=2026-05-02&to=2026-05-01", "from")]
    [InlineData("limit=501", "limit")]
    public async Task A_bad_filter_is_a_400_naming_the_parameter(string query, string field)
    {
        var (status, problem) = await host.Inspector.GetJsonAsync($"/api/v1/audit?{query}");

        Assert.Equal((400, field), (status, problem.Str("field")));
    }

    [Fact]
    public async Task Agency_users_and_coordinators_may_not_read_the_audit()
    {
        var w = await ApiWorld.CreateAsync(host);

        Assert.Equal(403, (await w.LeadUser.GetJsonAsync("/api/v1/audit")).Status);
        Assert.Equal(403, (await host.Coordinator.GetJsonAsync("/api/v1/audit")).Status);
    }

    private string ReadLogFiles()
    {
        var folder = Path.Combine(host.DataDirectory, "logs");
        return string.Concat(Directory.GetFiles(folder).Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return new StreamReader(stream).ReadToEnd();
        }));
    }
}
