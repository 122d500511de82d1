using System.Net.Http.Json;
using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>Targets and major issues in the browser: an agency reports its figures and raises an issue; the office sees progress against pace and closes the issue.</summary>
[Collection(WebCollection.Name)]
public sealed class TargetPagesTests(WebFixture web)
{
    [Fact]
    public async Task An_agency_reports_its_figures_and_raises_a_major_issue_and_the_office_sees_progress_against_pace_and_closes_it()
    {
        var item = await web.DispatchedItemAsync("实施文旅产业发展促就业行动", "swt");
        var plan = item[..item.LastIndexOf('.')];
        var assignment = $"{item}~swt";
        using var targets = await web.Coordinator.PutAsJsonAsync($"/api/v1/plans/{plan}/targets", new
        {
            targets = new[] { new { text = "实现城镇新增就业46万人以上", value = 460000, unit = "人", comparator = ">=" } },
        });
        Assert.True(targets.IsSuccessStatusCode, await targets.Content.ReadAsStringAsync());
        var agencyApi = await web.SignInAsync("swt-user", WebFixture.Password);
        await WebFixture.PostAsync(agencyApi, $"/api/v1/assignments/{assignment}/acknowledge", new { responsible_name = "王五" });

        var agency = await web.SignedInPageAsync("swt-user");
        await agency.GotoAsync($"/assignments/{assignment}");
        await agency.ClickAsync("#agency-links a[href='#form-report']"); // one progress-report form now (issue 17), on the assignment page
        await agency.FillAsync("#value-0", "120000");
        await agency.FillAsync("#narrative", "累计新增就业12万人");
        await WebFixture.ShotAsync(agency, "agency-indicators");
        await agency.ClickAsync("#form-report button");
        await Assertions.Expect(agency.Locator(".done")).ToContainTextAsync("报送进展");
        await agency.GotoAsync($"/assignments/{assignment}/major-issue");
        await agency.SelectOptionAsync("#severity", "critical");
        await agency.FillAsync("#summary", "景区季节性用工缺口较大");
        await agency.FillAsync("#needs", "请求人社厅组织专场招聘");
        await agency.ClickAsync("#raise-major-issue button");
        await Assertions.Expect(agency.Locator(".done")).ToContainTextAsync("督查办公室已收到通知");

        var office = await web.SignedInPageAsync("coord");
        await office.GotoAsync($"/plans/{plan}/progress");
        // Figures as a Chinese document writes them, not "120,000" and ">= 460,000 人".
        await Assertions.Expect(office.Locator("#targets tbody tr").First.Locator(".actual")).ToHaveTextAsync("12万人");
        await Assertions.Expect(office.Locator("#targets tbody tr").First).ToContainTextAsync("≥ 46万人");
        await Assertions.Expect(office.Locator("#open-major-issues")).ToContainTextAsync("景区季节性用工缺口较大");
        var chart = await office.APIRequest.GetAsync($"/plans/{plan}/progress?handler=Chart");
        Assert.StartsWith("image/svg+xml", chart.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("data-key=\"plan/0\"", await chart.TextAsync(), StringComparison.Ordinal);
        Assert.Contains("≥ 46万人", await chart.TextAsync(), StringComparison.Ordinal);
        await WebFixture.ShotAsync(office, "office-target-progress");
        var download = await office.RunAndWaitForDownloadAsync(() => office.ClickAsync("#download-xlsx"));
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);

        await office.GotoAsync("/major-issues");
        var card = office.Locator(".major-issue.open", new() { HasText = "景区季节性用工缺口较大" });
        await card.Locator("textarea[name=outcome]").FillAsync("已组织专场招聘会3场");
        await card.Locator("button").ClickAsync();
        await Assertions.Expect(office.Locator(".done")).ToContainTextAsync("已销号");
        await Assertions.Expect(office.Locator(".major-issue.open", new() { HasText = "景区季节性用工缺口较大" })).ToHaveCountAsync(0);
    }
}
