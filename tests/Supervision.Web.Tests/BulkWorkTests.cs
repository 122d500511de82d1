using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>
/// The office's bulk work and the next step made plain: a whole imported plan dispatched in one step after a summary,
/// the preview's indicator names and warnings, unaddressed notices fixed on the contacts page, who holds an assignment,
/// the agency's own due dates and findings in its inbox, several reports accepted at once.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BulkWorkTests(WebFixture web)
{
    [Fact]
    public async Task The_office_imports_the_seed_plan_sees_indicators_and_warnings_and_dispatches_all_21_items_in_one_step()
    {
        // Another year in the title, so this plan is no duplicate of the one the other import test commits.
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed.txt")).Replace("2022年自治区扩大就业", "2031年自治区扩大就业", StringComparison.Ordinal);
        var page = await web.SignedInPageAsync("coord");
        await page.GotoAsync("/import");
        await page.SetInputFilesAsync("#upload input[type=file]", new FilePayload
        {
            Name = "就业方案.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(seed),
        });
        await page.ClickAsync("#upload button");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("2031年自治区扩大就业惠民工程实施方案");

        var planTargets = page.Locator("#plan-targets form.target");
        await Assertions.Expect(planTargets.First.Locator("input[name=name]")).ToHaveValueAsync("城镇新增就业");
        await Assertions.Expect(planTargets.First).ToContainTextAsync("46万人以上");
        await planTargets.First.Locator("input[name=name]").FillAsync("城镇新增就业人数");
        await planTargets.First.Locator("button").ClickAsync();
        await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("草稿已修改");
        await Assertions.Expect(page.Locator("#plan-targets form.target").First.Locator("input[name=name]")).ToHaveValueAsync("城镇新增就业人数");
        Assert.Equal(21, await page.Locator("#draft-items tbody tr", new() { HasText = "此事项没有期限" }).CountAsync());
        // New agencies, or ones an earlier import registered without anybody (the tests share one host): notices reach nobody.
        await Assertions.Expect(page.Locator("#unreached li").First).ToContainTextAsync("没有用户，也没有通知联系人：交办通知无法送达");
        await WebFixture.ShotAsync(page, "office-import-warnings");

        await page.ClickAsync("#commit button");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("2031年自治区扩大就业惠民工程实施方案");
        await page.ClickAsync("#dispatch-all");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("批量交办");
        await Assertions.Expect(page.Locator("#summary-line")).ToContainTextAsync("将交办 21 个事项");
        Assert.Equal(21, await page.Locator("#dispatch-items tbody tr").CountAsync());
        await WebFixture.ShotAsync(page, "office-bulk-dispatch-summary");

        await page.ClickAsync("#confirm-dispatch button");
        await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("已交办 21 个事项");
        Assert.Equal(0, await page.Locator("#dispatch-all").CountAsync());
        Assert.Equal(21, await page.Locator("details.assignments").CountAsync());
        await Assertions.Expect(page.Locator("#open-round-link")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/rounds#open-round$"));
        await WebFixture.ShotAsync(page, "office-plan-collapsed");
    }

    [Fact]
    public async Task A_notice_without_a_recipient_shows_on_the_dashboard_until_the_contacts_page_gives_the_agency_an_address()
    {
        await WebFixture.PostAsync(web.Coordinator, "/api/v1/agencies", new { id = "nocontact", name = "自治区无联系人测试局" });
        await web.DispatchedItemAsync("开展无联系人单位测试", "nocontact");
        var page = await web.SignedInPageAsync("coord");

        var line = page.Locator("#unaddressed-notices li", new() { HasText = "自治区无联系人测试局" });
        for (var attempt = 0; attempt < 30 && await line.CountAsync() == 0; attempt++)
        {
            // The notice is a reaction of the dispatch: it is recorded moments after, not with it.
            await Task.Delay(500);
            await page.GotoAsync("/dashboard");
        }

        await Assertions.Expect(line).ToContainTextAsync("条通知未送达");
        await line.Locator("a", new() { HasText = "补充联系人" }).ClickAsync();
        await Assertions.Expect(page.Locator("#unaddressed")).ToContainTextAsync("不会补发");
        var assignment = page.Locator("#unaddressed a", new() { HasText = "查看任务" }).First;
        Assert.Matches("^/assignments/.+~nocontact$", await assignment.GetAttributeAsync("href"));
        await page.FillAsync("#edit-contacts input[name='Liaison.Name']", "王联络");
        await page.FillAsync("#edit-contacts input[name='Liaison.Email']", "wang@example.org");
        await page.ClickAsync("#edit-contacts button");
        await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("联系人已保存");
        await Assertions.Expect(page.Locator("#edit-contacts input[name='Liaison.Email']")).ToHaveValueAsync("wang@example.org");
        await WebFixture.ShotAsync(page, "office-agency-contacts");

        await page.GotoAsync("/dashboard");
        Assert.Equal(0, await line.CountAsync());
    }

    [Fact]
    public async Task A_report_waiting_for_review_is_said_in_one_line_and_the_office_accepts_two_reports_at_once()
    {
        var first = $"{await web.DispatchedItemAsync("开展批量采纳测试一", "rsj")}~rsj";
        var second = $"{await web.DispatchedItemAsync("开展批量采纳测试二", "swt")}~swt";
        foreach (var (user, assignment) in new[] { ("rsj-user", first), ("swt-user", second) })
        {
            var client = await web.SignInAsync(user, WebFixture.Password);
            await WebFixture.PostAsync(client, $"/api/v1/assignments/{assignment}/acknowledge", new { responsible_name = "张三" });
            await WebFixture.PostAsync(client, $"/api/v1/assignments/{assignment}/reports", new { narrative = "一季度进展" });
        }

        var agency = await web.SignedInPageAsync("rsj-user");
        await agency.GotoAsync($"/assignments/{first}");
        await Assertions.Expect(agency.Locator("#holder")).ToContainTextAsync("等待督查办审核第 1 次进展报告");
        await Assertions.Expect(agency.Locator("#holder")).ToContainTextAsync("审核后由本单位申请办结，期限 2030-12-31");

        var office = await web.SignedInPageAsync("coord");
        await office.GotoAsync("/dashboard");
        await office.Locator($"input[name=reports][value='{first}#1']").CheckAsync();
        await office.Locator($"input[name=reports][value='{second}#1']").CheckAsync();
        await WebFixture.ShotAsync(office, "office-bulk-accept");
        await office.ClickAsync("#accept-reports button");
        await Assertions.Expect(office.Locator(".done")).ToContainTextAsync("已采纳 2 份报告");
        Assert.Equal(0, await office.Locator($"input[name=reports][value='{first}#1']").CountAsync());

        await agency.ReloadAsync();
        await Assertions.Expect(agency.Locator("#holder")).ToContainTextAsync("由本单位申请办结，期限 2030-12-31");
    }

    [Fact]
    public async Task The_inbox_shows_the_agencys_own_due_date_not_the_offices_review_deadline_and_a_finding_to_rectify()
    {
        var item = await web.DispatchedItemAsync("开展本单位期限测试", "czt");
        var assignment = $"{item}~czt";
        var czt = await web.SignInAsync("czt-user", WebFixture.Password);
        await WebFixture.PostAsync(czt, $"/api/v1/assignments/{assignment}/acknowledge", new { responsible_name = "赵六" });
        await WebFixture.PostAsync(czt, $"/api/v1/assignments/{assignment}/completion", new { evidence = "已完成" });
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var campaign = await WebFixture.PostAsync(web.Coordinator, "/api/v1/campaigns", new { theme = "稳就业专项督导", starts = today, ends = "2030-06-30", item_ids = new[] { item } });
        await WebFixture.PostAsync(web.Coordinator, $"/api/v1/campaigns/{campaign.GetProperty("id").GetString()}/findings",
            new { assignment_id = assignment, severity = "general", text = "台账不完整", due = "2030-06-30" });

        var page = await web.SignedInPageAsync("czt-user");
        await page.GotoAsync("/inbox");
        var row = page.Locator("tr", new() { HasText = "开展本单位期限测试" }).First;
        await Assertions.Expect(row.Locator(".own-due")).ToContainTextAsync("2030-06-30");
        var owed = page.Locator("#owed-rectifications tr", new() { HasText = "开展本单位期限测试" });
        await Assertions.Expect(owed).ToContainTextAsync("督查发现问题整改（第 1 项）");
        await Assertions.Expect(owed).ToContainTextAsync("2030-06-30");
        await Assertions.Expect(owed.Locator("a")).ToHaveAttributeAsync("href", $"/assignments/{assignment}");
        await WebFixture.ShotAsync(page, "agency-inbox-own-due");
    }
}
