using System.Net;
using System.Net.Http.Json;
using Supervision.Engine.Backup;
using Supervision.Host.Tests.Fixture;

namespace Supervision.Host.Tests.Metrics;

/// <summary>The administrator's status page (<c>/admin/status</c>): the admin reads it; every other role gets the 403 page, a stranger the sign-in.</summary>
[Collection(HostCollection.Name)]
public sealed class StatusPageTests(HostFixture host)
{
    [Fact]
    public async Task The_admin_reads_the_status_page_with_the_figures_and_a_failed_backup_in_its_sentence()
    {
        BackupStatus.RecordFailure(host.DataDirectory, DateTimeOffset.UtcNow, "The backup target /backups is not writable.");

        var answer = await host.Admin.GetAsync("/admin/status");
        var html = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("id=\"backup-failed\"", html, StringComparison.Ordinal);
        Assert.Contains("The backup target /backups is not writable.", html, StringComparison.Ordinal);
        foreach (var figure in new[] { "reactions-pending", "reactions-failed", "notices-failed", "last-backup", "checkpoint-age", "disk-free", "members" })
        {
            Assert.Contains($"id=\"{figure}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_coordinator_an_inspector_and_an_agency_user_get_the_403_page_and_a_stranger_is_sent_to_sign_in()
    {
        await host.Admin.PostAsJsonAsync("/api/v1/agencies", new { id = "status-agency", name = "状态页单位" });
        foreach (var (user, role, agency) in new[] { ("status-coord", "coordinator", (string?)null), ("status-insp", "inspector", null), ("status-agency-user", "agency", "status-agency") })
        {
            await host.UserAsync(user, role, agency);
            var client = await host.SignInAsync(user, "correct-horse-battery");

            var answer = await client.GetAsync("/admin/status");

            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
            Assert.DoesNotContain("id=\"status\"", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var stranger = await host.Anonymous.GetAsync("/admin/status");
        Assert.Contains("/login", stranger.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }
}
