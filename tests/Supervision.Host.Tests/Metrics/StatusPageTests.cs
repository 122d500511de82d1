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
    public async Task The_admin_reads_the_status_page_with_the_figures_and_a_failed_backup_in_a_chinese_sentence()
    {
        BackupStatus.RecordFailure(host.DataDirectory, DateTimeOffset.UtcNow, BackupFailure.NotWritable, "Access to the path '/backups' is denied.");

        var answer = await host.Admin.GetAsync("/admin/status");
        var html = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("id=\"backup-failed\"", html, StringComparison.Ordinal);
        Assert.Contains("本系统没有写入备份目录的权限", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Access to the path", html, StringComparison.Ordinal);
        foreach (var figure in new[] { "reactions-pending", "reactions-failed", "notices-failed", "last-backup", "checkpoint-age", "disk-free", "members" })
        {
            Assert.Contains($"id=\"{figure}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_failed_backup_reads_in_english_on_the_english_page()
    {
        BackupStatus.RecordFailure(host.DataDirectory, DateTimeOffset.UtcNow, BackupFailure.DiskFull, "No space left on device : '/backups/x.partial'");
        using var english = new HttpRequestMessage(HttpMethod.Get, "/admin/status");
        english.Headers.Add("Cookie", "lang=en");

        var html = await (await host.Admin.SendAsync(english)).Content.ReadAsStringAsync();

        Assert.Contains("The backup folder&#x27;s disk is full", html, StringComparison.Ordinal);
        Assert.DoesNotContain("磁盘已满", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_recorded_before_codes_existed_shows_a_general_chinese_sentence_not_its_english_text()
    {
        await File.WriteAllTextAsync(Path.Combine(host.DataDirectory, BackupStatus.FileName), $$"""
            {"last_failure_at": "{{DateTimeOffset.UtcNow:O}}", "last_failure": "The backup target /old is not writable."}
            """);

        var html = await (await host.Admin.GetAsync("/admin/status")).Content.ReadAsStringAsync();

        Assert.Contains("备份失败，原因见主机日志", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/old is not writable", html, StringComparison.Ordinal);
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
