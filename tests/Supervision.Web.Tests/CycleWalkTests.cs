using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>The whole cycle in the browser, in Chinese: agency, coordinator and inspector each do their part.</summary>
[Collection(WebCollection.Name)]
public sealed class CycleWalkTests(WebFixture web)
{
    [Fact]
    public async Task An_agency_and_the_office_complete_an_assignment_and_an_inspector_finds_the_trail_intact()
    {
        var item = await web.DispatchedItemAsync("实施产业发展带动就业行动", "rsj");
        var assignment = $"{item}~rsj";

        // The agency: inbox, acknowledge naming who answers for it, report progress with an indicator, submit completion.
        var agency = await web.SignedInPageAsync("rsj-user");
        Assert.EndsWith("/inbox", agency.Url, StringComparison.Ordinal);
        await Assertions.Expect(agency.Locator("h1")).ToContainTextAsync("待办任务");
        await Assertions.Expect(agency.Locator("table")).ToContainTextAsync("实施产业发展带动就业行动");
        await Assertions.Expect(agency.Locator("table")).ToContainTextAsync("签收");
        await WebFixture.ShotAsync(agency, "agency-inbox");
        await agency.ClickAsync($"a[href=\"/assignments/{assignment}\"]");
        await Assertions.Expect(agency.Locator("#status")).ToHaveTextAsync("已下发");
        Assert.Equal(new[] { "签收", "提出异议" }, await agency.Locator("form.card button[name=move]").AllInnerTextsAsync());
        await WebFixture.ShotAsync(agency, "agency-assignment-dispatched");
        await agency.FillAsync("#form-acknowledge input[name=responsible]", "王晓明");
        await agency.FillAsync("#form-acknowledge input[name=phone]", "0471-1234567");
        await agency.ClickAsync("#form-acknowledge button");
        await Assertions.Expect(agency.Locator("#status")).ToHaveTextAsync("办理中");
        await Assertions.Expect(agency.Locator(".done")).ToContainTextAsync("签收");

        await agency.FillAsync("#form-report textarea[name=text]", "一季度新增就业岗位 1.2 万个。");
        await agency.Locator("#form-report input[name=indicatorName]").First.FillAsync("新增就业");
        await agency.Locator("#form-report input[name=indicatorValue]").First.FillAsync("12000");
        await agency.Locator("#form-report input[name=indicatorUnit]").First.FillAsync("人");
        await agency.ClickAsync("#form-report button");
        await Assertions.Expect(agency.Locator("#reports")).ToContainTextAsync("新增就业 = 12000 人");

        await agency.FillAsync("#form-complete textarea[name=text]", "已全面完成。");
        await agency.ClickAsync("#form-complete button");
        await Assertions.Expect(agency.Locator("#status")).ToHaveTextAsync("待审核");

        // The office: the review queue names the completion; it is returned with a reason.
        var office = await web.SignedInPageAsync("coord");
        Assert.EndsWith("/dashboard", office.Url, StringComparison.Ordinal);
        await Assertions.Expect(office.Locator("#review-queue")).ToContainTextAsync("实施产业发展带动就业行动");
        await WebFixture.ShotAsync(office, "office-dashboard");
        await office.GotoAsync($"/assignments/{assignment}");
        await office.FillAsync("#form-review-report textarea[name=text]", "数据已核。");
        await office.ClickAsync("#form-review-report button[value=AcceptReport]");
        await Assertions.Expect(office.Locator("#reports")).ToContainTextAsync("已采纳");
        await office.FillAsync("#form-review-completion textarea[name=text]", "请补充就业台账扫描件。");
        await WebFixture.ShotAsync(office, "office-review");
        await office.ClickAsync("#form-review-completion button[value=ReturnCompletion]");
        await Assertions.Expect(office.Locator("#status")).ToHaveTextAsync("整改中");

        // The agency reads the reason and submits again, with the ledger attached.
        await agency.ReloadAsync();
        await Assertions.Expect(agency.Locator("#return-reason")).ToHaveTextAsync("请补充就业台账扫描件。");
        await agency.FillAsync("#form-complete textarea[name=text]", "已补充就业台账。");
        await agency.SetInputFilesAsync("#form-complete input[type=file]", new FilePayload
        {
            Name = "就业台账.txt", MimeType = "text/plain", Buffer = "姓名,岗位\n张三,焊工\n"u8.ToArray(),
        });
        await WebFixture.ShotAsync(agency, "agency-rework");
        await agency.ClickAsync("#form-complete button");
        await Assertions.Expect(agency.Locator("#status")).ToHaveTextAsync("待审核");
        await Assertions.Expect(agency.Locator("#attachments")).ToContainTextAsync("就业台账.txt");
        var download = await agency.RunAndWaitForDownloadAsync(() => agency.ClickAsync("#attachments a"));
        Assert.Equal("就业台账.txt", download.SuggestedFilename);

        await office.ReloadAsync();
        await office.ClickAsync("#form-review-completion button[value=ApproveCompletion]");
        await Assertions.Expect(office.Locator("#status")).ToHaveTextAsync("已办结");
        await office.ClickAsync("text=流程图");
        await Assertions.Expect(office.Locator("#cycle svg #current")).ToHaveTextAsync("已办结");
        await Assertions.Expect(office.Locator("#cycle svg")).ToContainTextAsync("退回整改");
        await WebFixture.ShotAsync(office, "office-cycle");
        await office.GotoAsync($"/assignments/{assignment}");
        await office.ClickAsync("p.muted a");
        var chart = office.Locator("#status-chart");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        Assert.True(await chart.EvaluateAsync<bool>(
            "img => img.complete ? img.naturalWidth > 0 : new Promise(done => { img.onload = () => done(img.naturalWidth > 0); img.onerror = () => done(false); })"), "the status chart did not load");
        var svg = await office.APIRequest.GetAsync((await chart.GetAttributeAsync("src"))!);
        Assert.StartsWith("image/svg+xml", svg.Headers["content-type"], StringComparison.Ordinal);
        await WebFixture.ShotAsync(office, "office-plan-chart");
        File.WriteAllText(Path.Combine(WebFixture.Screenshots, "status-chart.svg"), await svg.TextAsync());
        Assert.Contains("已办结", await svg.TextAsync(), StringComparison.Ordinal);

        // The inspector: the whole trail, intact, and nothing to press that changes anything.
        var inspector = await web.SignedInPageAsync("insp");
        await inspector.GotoAsync($"/items/{item}/trail");
        await Assertions.Expect(inspector.Locator("#integrity")).ToContainTextAsync("完好");
        var trail = inspector.Locator("#trail");
        foreach (var step in new[] { "事项交办", "签收", "报送进展", "采纳报告", "申请办结", "退回整改", "审核通过", "事项办结" })
        {
            await Assertions.Expect(trail).ToContainTextAsync(step);
        }

        await Assertions.Expect(trail).ToContainTextAsync("sha256:");
        await Assertions.Expect(trail).Not.ToContainTextAsync("@e.");
        Assert.Equal(1, await inspector.Locator("form").CountAsync()); // sign-out only
        await WebFixture.ShotAsync(inspector, "inspector-trail");
        await inspector.GotoAsync($"/assignments/{assignment}");
        Assert.Equal(1, await inspector.Locator("form").CountAsync());
    }
}
