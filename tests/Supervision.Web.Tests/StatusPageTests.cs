using Microsoft.Playwright;
using Supervision.Engine.Backup;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>The administrator's status page in the browser: reached from the menu, in Chinese words and local time, a failed backup in red with its sentence.</summary>
[Collection(WebCollection.Name)]
public sealed class StatusPageTests(WebFixture web)
{
    [Fact]
    public async Task The_admin_finds_the_status_page_in_the_menu_and_reads_a_failed_backup_in_red_without_internal_words()
    {
        await WebFixture.PostAsync(web.Admin, "/api/v1/users", new { username = "ops-admin", display_name = "运维管理员", role = "admin", password = WebFixture.Password });
        BackupStatus.RecordFailure(web.DataDirectory, DateTimeOffset.UtcNow, BackupFailure.NotWritable, "Access to the path '/backups' is denied.");
        var page = await web.SignedInPageAsync("ops-admin");

        await page.ClickAsync("nav a[href='/admin/status']");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("运行状态");
        var failed = page.Locator("#backup-failed");
        await Assertions.Expect(failed).ToContainTextAsync("最近一次备份失败");
        await Assertions.Expect(failed).ToContainTextAsync("本系统没有写入备份目录的权限");
        Assert.Equal("rgb(138, 28, 28)", await failed.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("内嵌 SQLite");
        var shown = await page.Locator("#status").InnerTextAsync();
        foreach (var word in new[] { "none", "sqlite", "Z", "remind" })
        {
            Assert.DoesNotContain(word, shown, StringComparison.Ordinal);
        }

        await WebFixture.ShotAsync(page, "admin-status");
    }

    [Fact]
    public async Task The_coordinator_gets_the_403_page()
    {
        var page = await web.SignedInPageAsync("coord");

        var answer = await page.GotoAsync("/admin/status");

        Assert.Equal(403, answer!.Status);
        Assert.Equal(0, await page.Locator("#status").CountAsync());
    }
}
