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
        // The refusal names the row's agency and the indicator; it stands at the top of the page (not yet beside the share: see the report of issue 20 item 7).
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("第 1 个下级任务（天山区人民政府）：「城镇新增就业」各下级分担合计 20000，超过上级的 10000。");
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
    }

    // 乌鲁木齐市 over two districts, an item it leads with 城镇新增就业 10000 人, acknowledged.
    private async Task<string> PrefectureItemAsync()
    {
        foreach (var (id, name, parent) in new[] { ("wlmq", "乌鲁木齐市人民政府", (string?)null), ("tsq", "天山区人民政府", "wlmq"), ("sybk", "沙依巴克区人民政府", "wlmq") })
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
