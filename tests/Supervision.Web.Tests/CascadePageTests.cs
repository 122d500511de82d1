using System.Net.Http.Json;
using Microsoft.Playwright;
using Supervision.Web.Tests.Fixture;

namespace Supervision.Web.Tests;

/// <summary>分解交办 from the assignment page: a prefecture ticks a district by name, a share over what is left is refused with everything kept, then the tree shows it.</summary>
[Collection(WebCollection.Name)]
public sealed class CascadePageTests(WebFixture web)
{
    [Fact]
    public async Task A_share_over_the_remainder_is_refused_keeping_what_was_typed_and_the_corrected_cascade_shows_in_the_tree()
    {
        var item = await PrefectureItemAsync();
        var page = await web.SignedInPageAsync("wlmq-user");
        await page.GotoAsync($"/assignments/{item}~wlmq");

        await Assertions.Expect(page.Locator("#cascade-remainder")).ToContainTextAsync("城镇新增就业 10000");
        var row = page.Locator("#cascade-rows tr", new() { HasText = "天山区人民政府" });
        await row.Locator("input[name=pick]").CheckAsync();
        await row.Locator("input[name=due]").FillAsync("2030-06-30");
        await row.Locator("input[name=share0]").FillAsync("20000");
        await row.Locator("textarea[name=instructions]").FillAsync("按月报送");
        await page.ClickAsync("#form-cascade button.primary");

        row = page.Locator("#cascade-rows tr", new() { HasText = "天山区人民政府" });
        await Assertions.Expect(row.Locator("input[name=pick]")).ToBeCheckedAsync();
        await Assertions.Expect(row.Locator("input[name=due]")).ToHaveValueAsync("2030-06-30");
        await Assertions.Expect(row.Locator("input[name=share0]")).ToHaveValueAsync("20000");
        await Assertions.Expect(row.Locator("textarea[name=instructions]")).ToHaveValueAsync("按月报送");
        // The refusal names the row's agency and the indicator, and stands beside that row's share, which is marked invalid.
        await Assertions.Expect(row.Locator(".field-error")).ToContainTextAsync("第 1 个下级任务（天山区人民政府）：「城镇新增就业」各下级分担合计 20000，超过上级的 10000。");
        await Assertions.Expect(row.Locator("input[name=share0]")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#cascade-rows .field-error")).ToHaveCountAsync(1);
        await WebFixture.ShotAsync(page, "agency-cascade-refused");

        await row.Locator("input[name=share0]").FillAsync("6000");
        await page.ClickAsync("#form-cascade button.primary");

        await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("已分解交办");
        await Assertions.Expect(page.Locator("#cascade-tree")).ToContainTextAsync("天山区人民政府");
        await Assertions.Expect(page.Locator("#cascade-tree")).ToContainTextAsync("分担 6000");
        await Assertions.Expect(page.Locator("#cascade-remainder")).ToContainTextAsync("城镇新增就业 4000");
        await Assertions.Expect(page.Locator("#cascade-tree")).Not.ToContainTextAsync($"{item}~");

        var office = await web.SignedInPageAsync("coord");
        await office.GotoAsync($"/assignments/{item}~tsq");
        await Assertions.Expect(office.Locator("#cascade-crumbs a")).ToHaveTextAsync("乌鲁木齐市人民政府");

        // The district opens its own sub-assignment (the tree linked it); its sibling district finds nothing there.
        var district = await web.SignedInPageAsync("tsq-user");
        Assert.Equal(200, (await district.GotoAsync($"/assignments/{item}~tsq"))!.Status);
        await Assertions.Expect(district.Locator("h1")).ToContainTextAsync("实施产业发展带动就业行动");
        await Assertions.Expect(district.Locator("#cascade-crumbs")).ToContainTextAsync("乌鲁木齐市人民政府");
        var sibling = await web.SignedInPageAsync("sybk-user");
        Assert.Equal(404, (await sibling.GotoAsync($"/assignments/{item}~tsq"))!.Status);
        await Assertions.Expect(sibling.Locator("h1")).ToHaveTextAsync("未找到");
    }

    [Fact]
    public async Task A_due_date_outside_the_parents_window_is_refused_beside_that_rows_date_naming_the_agency()
    {
        var item = await PrefectureItemAsync();
        var page = await web.SignedInPageAsync("wlmq-user");
        await page.GotoAsync($"/assignments/{item}~wlmq");

        var row = page.Locator("#cascade-rows tr", new() { HasText = "沙依巴克区人民政府" });
        await row.Locator("input[name=pick]").CheckAsync();
        await row.Locator("input[name=due]").FillAsync("2031-06-30");
        await page.ClickAsync("#form-cascade button.primary");

        row = page.Locator("#cascade-rows tr", new() { HasText = "沙依巴克区人民政府" });
        await Assertions.Expect(row.Locator("input[name=due]")).ToHaveValueAsync("2031-06-30");
        await Assertions.Expect(row.Locator("input[name=due]")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(row.Locator(".field-error")).ToContainTextAsync("沙依巴克区人民政府");
        await Assertions.Expect(row.Locator(".field-error")).ToContainTextAsync("完成时限须在上级任务期限内");
    }

    [Fact]
    public async Task A_prefecture_sees_on_its_inbox_the_reports_its_districts_wait_on_it_for_reviews_one_there_and_its_own_report_starts_from_their_figures()
    {
        var item = await PrefectureItemAsync();
        var prefecture = await web.SignInAsync("wlmq-user", WebFixture.Password);
        await WebFixture.PostAsync(prefecture, $"/api/v1/assignments/{item}~wlmq/cascade", new
        {
            children = new[] { new { agency_id = "tsq", role = "lead", due = "2030-06-30", shares = new[] { new { indicator = "城镇新增就业", value = 6000 } }, instructions = "按月报送" } },
        });
        var district = await web.SignInAsync("tsq-user", WebFixture.Password);
        await WebFixture.PostAsync(district, $"/api/v1/assignments/{item}~tsq/acknowledge", new { responsible_name = "李娜" });
        await WebFixture.PostAsync(district, $"/api/v1/assignments/{item}~tsq/reports", new { narrative = "一季度新增就业 1500 人。", indicators = new[] { new { name = "城镇新增就业", value = 1500, unit = "人" } } });

        var page = await web.SignedInPageAsync("wlmq-user");
        await page.GotoAsync("/inbox");
        var queue = page.Locator("#children-review");
        await Assertions.Expect(queue).ToContainTextAsync("待本单位审核的下级任务");
        var line = queue.Locator("tbody tr", new() { HasText = "天山区人民政府" });
        await Assertions.Expect(line).ToContainTextAsync("进展报告");
        await Assertions.Expect(line).ToContainTextAsync("实施产业发展带动就业行动");
        await Assertions.Expect(queue).Not.ToContainTextAsync("~");
        await Assertions.Expect(queue).Not.ToContainTextAsync("report");
        await WebFixture.ShotAsync(page, "agency-inbox-children-review");

        await line.Locator("a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/assignments/{System.Text.RegularExpressions.Regex.Escape(item)}~tsq$"));
        await page.ClickAsync("#form-review-report button[value=AcceptReport]");
        await Assertions.Expect(page.Locator(".done")).ToContainTextAsync("已提交");
        await page.GotoAsync("/inbox");
        await Assertions.Expect(page.Locator("#children-review")).ToHaveCountAsync(0);

        // The prefecture's own report starts from its districts' figures, said so beside the field; it still submits it.
        await page.GotoAsync($"/assignments/{item}~wlmq");
        await Assertions.Expect(page.Locator("#form-report #value-0")).ToHaveValueAsync("1500");
        await Assertions.Expect(page.Locator("#form-report #value-0-below")).ToContainTextAsync("已按下级单位最新报送合计预填：1500");

        // The district itself waits on no one below it: no such table on its inbox.
        var own = await web.SignedInPageAsync("tsq-user");
        await own.GotoAsync("/inbox");
        await Assertions.Expect(own.Locator("#children-review")).ToHaveCountAsync(0);
    }

    // 乌鲁木齐市 over two districts, an item it leads with 城镇新增就业 10000 人, acknowledged.
    private async Task<string> PrefectureItemAsync()
    {
        using var known = await web.Admin.GetAsync("/api/v1/agencies/wlmq");
        foreach (var (id, name, parent) in known.IsSuccessStatusCode ? [] : new[] { ("wlmq", "乌鲁木齐市人民政府", (string?)null), ("tsq", "天山区人民政府", "wlmq"), ("sybk", "沙依巴克区人民政府", "wlmq") })
        {
            await WebFixture.PostAsync(web.Admin, "/api/v1/agencies", new { id, name });
            using var moved = await web.Admin.PutAsJsonAsync($"/api/v1/agencies/{id}/parent", new { parent_id = parent });
            Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
            await WebFixture.PostAsync(web.Admin, "/api/v1/users", new { username = $"{id}-user", display_name = name, role = "agency", agency_id = id, password = WebFixture.Password });
        }

        var item = await web.DispatchedItemAsync("实施产业发展带动就业行动", "wlmq");
        using var targets = await web.Coordinator.PutAsJsonAsync($"/api/v1/plans/{item[..item.LastIndexOf('.')]}/targets", new
        {
            targets = new[] { new { text = "城镇新增就业1万人以上", value = 10000, unit = "人", comparator = ">=" } },
        });
        Assert.True(targets.IsSuccessStatusCode, await targets.Content.ReadAsStringAsync());
        var api = await web.SignInAsync("wlmq-user", WebFixture.Password);
        await WebFixture.PostAsync(api, $"/api/v1/assignments/{item}~wlmq/acknowledge", new { responsible_name = "王晓明" });
        return item;
    }
}
