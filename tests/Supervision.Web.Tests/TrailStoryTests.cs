using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>The trail as an inspector reads it: sentences with names and local times, the raw data one click away, a CSV in Chinese; links only where they lead.</summary>
[Collection(WebCollection.Name)]
public sealed partial class TrailStoryTests(WebFixture web)
{
    [Fact]
    public async Task An_inspector_reads_a_report_an_escalation_and_an_approval_as_sentences_with_names_and_local_times()
    {
        var item = await web.DispatchedItemAsync("落实稳岗返还政策", "rsj", "swt");
        await WalkAsync(item);

        var inspector = await web.SignedInPageAsync("insp");
        await inspector.GotoAsync($"/items/{item}/trail");
        await Assertions.Expect(inspector.Locator("#integrity")).ToContainTextAsync("完好");
        var trail = inspector.Locator("#trail");
        await Assertions.Expect(trail).ToContainTextAsync("钱七（自治区人力资源和社会保障厅）为自治区人力资源和社会保障厅（牵头单位）报送第 1 次进展报告");
        await Assertions.Expect(trail).ToContainTextAsync("：稳岗返还已发放；指标：返还企业 320 户。");
        await Assertions.Expect(trail).ToContainTextAsync("签收自治区人力资源和社会保障厅（牵头单位）的任务，责任人 王晓明（0471-1234567）");
        await Assertions.Expect(trail).ToContainTextAsync("督查办王主任（督查办公室）将自治区人力资源和社会保障厅（牵头单位）的");
        await Assertions.Expect(trail).ToContainTextAsync("升级为「督办」");
        await Assertions.Expect(trail).ToContainTextAsync("理由：领导批示，须本周办结");
        await Assertions.Expect(trail).ToContainTextAsync("免除自治区商务厅（配合单位）的配合任务，理由：本事项无需配合");
        await Assertions.Expect(trail).ToContainTextAsync("审核通过自治区人力资源和社会保障厅（牵头单位）的办结申请，意见：材料齐全");

        // What a person sees holds no ids, keys or UTC instants; the raw data is there, closed, with the hash.
        var shown = await trail.InnerTextAsync();
        Assert.DoesNotMatch(UserId(), shown);
        Assert.DoesNotMatch(UtcInstant(), shown);
        foreach (var key in new[] { "plan_id", "obligation", "owed_by", "notify", "colour", "responsible", "\"step\"", "ItemDispatched" })
        {
            Assert.DoesNotContain(key, shown, StringComparison.Ordinal);
        }

        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(local, shown, StringComparison.Ordinal);
        var escalation = trail.Locator("li", new() { HasText = "督办升级" });
        await escalation.Locator("details summary").ClickAsync();
        await Assertions.Expect(escalation.Locator("details")).ToContainTextAsync("\"owed_by\"");
        await Assertions.Expect(escalation.Locator("details .hash")).ToHaveTextAsync(Hash());
        await WebFixture.ShotAsync(inspector, "inspector-trail-story");

        // The CSV: Chinese headers, the zone named, local times, the sentence, and the raw columns for auditors.
        var csv = await inspector.APIRequest.GetAsync($"/items/{item}/trail?handler=csv");
        var text = Encoding.UTF8.GetString(await csv.BodyAsync()).TrimStart('\uFEFF');
        var header = text[..text.IndexOf('\r', StringComparison.Ordinal)];
        Assert.StartsWith("\"时间（Asia/Shanghai）\",\"事件\",\"经办人\",\"单位\",\"说明\"", header, StringComparison.Ordinal);
        Assert.Contains("\"哈希\",\"原始数据\"", header, StringComparison.Ordinal);
        var approval = text.Split("\r\n").Single(l => l.Contains("\"审核通过\"", StringComparison.Ordinal));
        Assert.Matches($"^\"{local} \\d\\d:\\d\\d:\\d\\d\",\"审核通过\",\"督查办王主任（督查办公室）\",\"自治区人力资源和社会保障厅\"", approval);
        var english = Encoding.UTF8.GetString(await (await inspector.APIRequest.GetAsync($"/items/{item}/trail?handler=csv&lang=en")).BodyAsync());
        Assert.Contains("\"Time (Asia/Shanghai)\",\"Event\",\"Who\"", english, StringComparison.Ordinal);

        // English once: the same story in the other language.
        await inspector.Context.AddCookiesAsync([new Cookie { Name = "lang", Value = "en", Url = web.BaseAddress }]);
        await inspector.ReloadAsync();
        await Assertions.Expect(trail).ToContainTextAsync("approved the completion of 自治区人力资源和社会保障厅 (lead agency); note: 材料齐全");
        await Assertions.Expect(trail.Locator("summary").First).ToHaveTextAsync("Raw data");
    }

    [Fact]
    public async Task An_agency_user_gets_no_link_to_another_agencys_assignment_on_the_trail()
    {
        var item = await web.DispatchedItemAsync("扩大以工代赈就业规模", "rsj", "swt");
        var page = await web.SignedInPageAsync("swt-user");
        await page.GotoAsync($"/items/{item}/trail");
        await Assertions.Expect(page.Locator("#agencies")).ToContainTextAsync("自治区人力资源和社会保障厅");
        Assert.Equal(0, await page.Locator($"a[href=\"/assignments/{item}~rsj\"]").CountAsync());
        Assert.Equal(1, await page.Locator($"#agencies a[href=\"/assignments/{item}~swt\"]").CountAsync());
        foreach (var href in await page.Locator("#trail a, #agencies a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        {
            Assert.True((await page.APIRequest.GetAsync(href)).Ok, $"{href} leads nowhere for the agency");
        }
    }

    [Fact]
    public async Task The_evaluation_page_names_schemes_and_events_without_ids_positions_or_minus_zero()
    {
        var item = await web.DispatchedItemAsync("开展职业技能提升行动", "czt");
        var assignment = $"{item}~czt";
        await WebFixture.PostAsync(web.Coordinator, $"/api/v1/assignments/{assignment}/escalate", new { reason = "进度滞后", step = "urge" });
        var evaluation = await WebFixture.PostAsync(web.Coordinator, "/api/v1/evaluations", new
        {
            title = "年度考核（留痕）", from = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            to = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), plan_id = item[..item.LastIndexOf('.')],
        });
        var id = evaluation.GetProperty("id").GetString();
        var office = await web.SignedInPageAsync("coord");
        await office.GotoAsync($"/evaluations/{id}");
        await Assertions.Expect(office.Locator("#evaluation-state")).ToContainTextAsync("年度督查考核评分办法（第 1 版）");
        var line = office.Locator("table.lines tbody tr", new() { HasText = "催办" });
        await Assertions.Expect(line).ToContainTextAsync("「督办升级」");
        Assert.Equal(1, await line.Locator($"a[href=\"/assignments/{assignment}\"]").CountAsync());
        var shown = await office.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("assignment-", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("standard v1", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("日志位置", shown, StringComparison.Ordinal);
        Assert.DoesNotMatch(MinusZero(), shown);
        Assert.Contains("Asia/Shanghai", await office.Locator("#freeze label").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", await office.Locator("#freeze").InnerTextAsync(), StringComparison.Ordinal);
        await WebFixture.ShotAsync(office, "office-evaluation-events");

        await office.Locator("#freeze input[name=asOf]").FillAsync(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddMinutes(-5), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await office.ClickAsync("#freeze button");
        await Assertions.Expect(office.Locator("#evaluation-state")).ToContainTextAsync("已冻结");
        await office.GotoAsync("/evaluations");
        await Assertions.Expect(office.Locator("#evaluations")).ToContainTextAsync("年度督查考核评分办法（第 1 版）");
    }

    // Acknowledged by the lead's user naming who answers for it; a report with a figure; escalated by hand; accepted; completion approved.
    private async Task WalkAsync(string item)
    {
        var lead = $"{item}~rsj";
        var tag = Guid.NewGuid().ToString("n")[..8];
        await WebFixture.PostAsync(web.Admin, "/api/v1/users", new { username = $"rsj-{tag}", display_name = "钱七", role = "agency", agency_id = "rsj", password = WebFixture.Password });
        await WebFixture.PostAsync(web.Admin, "/api/v1/users", new { username = $"coord-{tag}", display_name = "督查办王主任", role = "coordinator", password = WebFixture.Password });
        var agency = await web.SignInAsync($"rsj-{tag}", WebFixture.Password);
        var office = await web.SignInAsync($"coord-{tag}", WebFixture.Password);
        await WebFixture.PostAsync(agency, $"/api/v1/assignments/{lead}/acknowledge", new { responsible_name = "王晓明", phone = "0471-1234567" });
        await WebFixture.PostAsync(agency, $"/api/v1/assignments/{lead}/reports", new { narrative = "稳岗返还已发放。", indicators = new[] { new { name = "返还企业", value = 320, unit = "户" } } });
        await WebFixture.PostAsync(office, $"/api/v1/assignments/{lead}/escalate", new { reason = "领导批示，须本周办结", step = "supervise" });
        await WebFixture.PostAsync(office, $"/api/v1/assignments/{lead}/reports/1/review", new { decision = "accept" });
        await WebFixture.PostAsync(office, $"/api/v1/assignments/{item}~swt/waive", new { reason = "本事项无需配合" });
        await WebFixture.PostAsync(agency, $"/api/v1/assignments/{lead}/completion", new { evidence = "全部发放完毕。" });
        await WebFixture.PostAsync(office, $"/api/v1/assignments/{lead}/completion/review", new { decision = "approve", note = "材料齐全" });
    }

    [GeneratedRegex(@"\bu-[0-9a-f]{12}\b")]
    private static partial Regex UserId();

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z")]
    private static partial Regex UtcInstant();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Hash();

    [GeneratedRegex(@"(?<![\d\w-])-0(?![\d.])")]
    private static partial Regex MinusZero();
}
