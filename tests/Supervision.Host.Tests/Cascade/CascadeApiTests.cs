using System.Text.Json;
using Supervision.Host.Tests.Fixture;
using Supervision.Host.Tests.Hierarchy;

namespace Supervision.Host.Tests.Cascade;

/// <summary>分解交办 over HTTP on the Xinjiang registry: 乌鲁木齐市 cascades its part to its districts; 克拉玛依市 sees none of it.</summary>
[Collection(HostCollection.Name)]
public sealed class CascadeApiTests(HostFixture host)
{
    private const string Urumqi = "xj-6501";
    private const string Tianshan = "xj-650102";
    private const string Saybag = "xj-650103";
    private const string Dushanzi = "xj-650202";

    [Fact]
    public async Task A_prefecture_cascades_to_its_counties_and_a_neighbouring_prefecture_can_neither_read_nor_cascade_them()
    {
        var (prefecture, neighbour, county, assignment, item) = await WorldAsync(host);

        var (status, answer) = await prefecture.PostAsync($"/api/v1/assignments/{assignment}/cascade", new
        {
            children = new[]
            {
                new { agency_id = Tianshan, role = "lead", due = "2027-06-30", shares = new[] { new { indicator = "城镇新增就业", value = 5000 } }, instructions = "按季度报送" },
                new { agency_id = Saybag, role = "cooperating", due = "2027-06-30", shares = new[] { new { indicator = "城镇新增就业", value = 3000 } }, instructions = "" },
            },
        });
        var child = $"{item}~{Tianshan}";
        var (own, ownView) = await county.GetJsonAsync($"/api/v1/assignments/{child}");
        var (hidden, _) = await neighbour.GetJsonAsync($"/api/v1/assignments/{child}");
        var (refused, _) = await neighbour.PostAsync($"/api/v1/assignments/{assignment}/cascade", new { children = new[] { new { agency_id = Dushanzi, role = "lead", due = "2027-06-30" } } });
        var (_, inbox) = await neighbour.GetJsonAsync("/api/v1/inbox");

        Assert.True(status == 200, answer.ToString());
        Assert.Equal([(Tianshan, child), (Saybag, $"{item}~{Saybag}")],
            answer.GetProperty("children").EnumerateArray().Select(c => (c.Str("agency_id"), c.Str("assignment_id"))));
        Assert.Equal((200, "dispatched"), (own, ownView.Str("status")));
        Assert.Equal(404, hidden);
        Assert.Equal(403, refused);
        Assert.DoesNotContain(Items(inbox), a => a.Str("item_id") == item);
    }

    [Fact]
    public async Task Cascading_to_a_neighbours_county_is_refused_in_chinese_naming_the_child_and_nothing_is_recorded()
    {
        var (prefecture, _, _, assignment, _) = await WorldAsync(host);
        using var log = new LogPosition(host.DataDirectory);
        var before = await log.SettledAsync();

        var (status, problem) = await prefecture.PostAsync($"/api/v1/assignments/{assignment}/cascade", new
        {
            children = new[] { new { agency_id = Tianshan, role = "lead", due = "2027-06-30" }, new { agency_id = Dushanzi, role = "lead", due = "2027-06-30" } },
        });

        Assert.Equal(400, status);
        Assert.Contains("第 2 个下级任务：「独山子区人民政府」不是本单位的下级单位。", problem.ToString(), StringComparison.Ordinal);
        Assert.Contains("children[1].agency_id", problem.ToString(), StringComparison.Ordinal);
        Assert.True(log.Read() == before, $"a refused cascade recorded: {string.Join("; ", log.Since(before))}");
    }

    private static JsonElement.ArrayEnumerator Items(JsonElement inbox) =>
        inbox.ValueKind == JsonValueKind.Array ? inbox.EnumerateArray() : inbox.GetProperty("items").EnumerateArray();

    /// <summary>The Xinjiang registry and a dispatched item led by 乌鲁木齐市, with users of it, of 克拉玛依市 and of 天山区.</summary>
    internal static async Task<(HttpClient Prefecture, HttpClient Neighbour, HttpClient County, string Assignment, string Item)> WorldAsync(HostFixture host)
    {
        await RegistryFiles.ImportAsync(host.Coordinator, RegistryFiles.Xinjiang);
        var tag = Guid.NewGuid().ToString("n")[..8];
        var (planStatus, plan) = await host.Coordinator.PostAsync("/api/v1/plans", new
        {
            id = $"p-{tag}",
            title = "2027年扩大就业惠民工程实施方案",
            issuer = "自治区就业工作领导小组办公室",
            issued = "2026-03-24",
            targets = new[] { new { text = "城镇新增就业46万人以上", value = 460000, unit = "人", comparator = ">=" } },
            items = new[] { new { @ref = "二(一)", title = "实施产业发展带动就业行动", due = "2027-12-31", lead = new[] { Urumqi }, cooperating = Array.Empty<string>() } },
        });
        Assert.True(planStatus == 201, plan.ToString());
        var item = plan.GetProperty("item_ids")[0].GetString()!;
        var (dispatched, body) = await host.Coordinator.PostAsync($"/api/v1/items/{item}/dispatch");
        Assert.True(dispatched == 200, body.ToString());
        return (await host.UserAsync($"u-6501-{tag}", "agency", Urumqi), await host.UserAsync($"u-6502-{tag}", "agency", "xj-6502"),
            await host.UserAsync($"u-650102-{tag}", "agency", Tianshan), $"{item}~{Urumqi}", item);
    }
}
