using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supervision.Engine.Backup;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Metrics;

/// <summary><c>GET /api/v1/admin/status</c>: the status page's figures as JSON for the admin; 401 for a stranger, 403 for every other role.</summary>
[Collection(HostCollection.Name)]
public sealed class AdminStatusApiTests(HostFixture host)
{
    [Fact]
    public async Task The_admin_reads_the_same_figures_as_the_status_page_with_a_failed_backup_by_its_code_and_sentences()
    {
        BackupStatus.RecordFailure(host.DataDirectory, DateTimeOffset.UtcNow.AddMinutes(1), BackupFailure.DiskFull, "No space left on device");

        var answer = await host.Admin.GetAsync("/api/v1/admin/status");
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var status = json.RootElement;
        var page = await (await host.Admin.GetAsync("/admin/status")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("sqlite", status.GetProperty("store").GetString());
        Assert.Equal(1, status.GetProperty("members").GetInt32());
        Assert.Contains($"id=\"reactions-pending\">{status.GetProperty("reactions_pending").GetInt64()}<", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"notices-failed\">{status.GetProperty("notices_failed").GetInt64()}<", page, StringComparison.Ordinal);
        Assert.True(status.GetProperty("disk_free_bytes").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Object, status.GetProperty("overdue_by_step").ValueKind);
        var failure = status.GetProperty("last_backup_failure");
        Assert.Equal("disk_full", failure.GetProperty("code").GetString());
        Assert.Contains("磁盘已满", failure.GetProperty("sentence_zh").GetString(), StringComparison.Ordinal);
        Assert.Contains("disk is full", failure.GetProperty("sentence_en").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stranger_gets_401_and_a_coordinator_an_inspector_or_an_agency_user_gets_403_as_problem_json()
    {
        await host.Admin.PostAsJsonAsync("/api/v1/agencies", new { id = "status-api-agency", name = "状态接口单位" });
        var agency = await host.UserAsync("status-api-agency-user", "agency", "status-api-agency");

        var stranger = await host.Anonymous.GetAsync("/api/v1/admin/status");

        Assert.Equal(HttpStatusCode.Unauthorized, stranger.StatusCode);
        foreach (var client in new[] { host.Coordinator, host.Inspector, agency })
        {
            var refused = await client.GetAsync("/api/v1/admin/status");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
    }
}
