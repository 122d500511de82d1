using System.Text.Json;
using Supervision.Host.Tests.Fixture;
using Supervision.Host.Tests.Hierarchy;

namespace Supervision.Host.Tests.Cascade;

/// <summary>
/// The roll-up tree over HTTP: 乌鲁木齐市 cascades its part of 城镇新增就业 to two districts, which report; the prefecture
/// sees their figures summed against their shares, a district sees its own subtree only, 克拉玛依市 sees nothing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class TreeApiTests(HostFixture host)
{
    private const string Urumqi = "xj-6501";
    private const string Tianshan = "xj-650102";
    private const string Saybag = "xj-650103";
    private const string Indicator = "城镇新增就业";

    [Fact]
    public async Task A_prefecture_sees_its_districts_figures_summed_against_their_shares_and_a_neighbour_gets_not_found()
    {
        var w = await WorldAsync();

        var (status, tree) = await w.Prefecture.GetJsonAsync($"/api/v1/assignments/{w.Assignment}/tree");
        var (before, earlier) = await w.Prefecture.GetJsonAsync($"/api/v1/assignments/{w.Assignment}/tree?as_of=2020-01-01T00:00:00%2B08:00");
        var (neighbour, _) = await w.Neighbour.GetJsonAsync($"/api/v1/assignments/{w.Assignment}/tree");
        var (district, _) = await w.District.GetJsonAsync($"/api/v1/assignments/{w.Assignment}/tree");

        Assert.True(status == 200, tree.ToString());
        Assert.Equal(("乌鲁木齐市人民政府", "dispatched"), (tree.Str("agency_name"), tree.Str("status")));
        Assert.Equal(3200m, Figure(tree).GetProperty("children").GetDecimal());
        var children = tree.GetProperty("children").EnumerateArray().ToDictionary(c => c.Str("agency_id"), Figure);
        Assert.Equal((5000m, 2000m), (children[Tianshan].GetProperty("share").GetDecimal(), children[Tianshan].GetProperty("reported").GetDecimal()));
        Assert.Equal((3000m, 1200m), (children[Saybag].GetProperty("share").GetDecimal(), children[Saybag].GetProperty("actual").GetDecimal()));
        Assert.True(before == 200, earlier.ToString());
        Assert.All(earlier.GetProperty("children").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, Figure(c).GetProperty("reported").ValueKind));
        Assert.Equal(404, neighbour);
        Assert.Equal(404, district);
    }

    [Fact]
    public async Task A_plan_tree_is_cut_to_a_districts_own_subtree_and_read_whole_by_the_inspector_to_the_depth_asked()
    {
        var w = await WorldAsync();

        var (status, whole) = await host.Inspector.GetJsonAsync($"/api/v1/plans/{w.Plan}/tree?depth=1");
        var (_, shallow) = await host.Inspector.GetJsonAsync($"/api/v1/plans/{w.Plan}/tree?depth=0");
        var (cut, own) = await w.District.GetJsonAsync($"/api/v1/plans/{w.Plan}/tree");
        var (neighbour, _) = await w.Neighbour.GetJsonAsync($"/api/v1/plans/{w.Plan}/tree");
        var (tooDeep, problem) = await host.Inspector.GetJsonAsync($"/api/v1/plans/{w.Plan}/tree?depth=99");

        Assert.True(status == 200, whole.ToString());
        var top = Assert.Single(Assert.Single(whole.GetProperty("items").EnumerateArray()).GetProperty("assignments").EnumerateArray());
        Assert.Equal((Urumqi, 2), (top.Str("agency_id"), top.GetProperty("children").GetArrayLength()));
        Assert.Equal(0, shallow.GetProperty("items")[0].GetProperty("assignments")[0].GetProperty("children").GetArrayLength());
        Assert.True(cut == 200, own.ToString());
        var mine = Assert.Single(Assert.Single(own.GetProperty("items").EnumerateArray()).GetProperty("assignments").EnumerateArray());
        Assert.Equal(Tianshan, mine.Str("agency_id"));
        Assert.Equal(404, neighbour);
        Assert.Equal(400, tooDeep);
        Assert.Contains("depth", problem.ToString(), StringComparison.Ordinal);
    }

    private static JsonElement Figure(JsonElement node) =>
        node.GetProperty("figures").EnumerateArray().Single(f => f.Str("indicator") == Indicator);

    private sealed record World(HttpClient Prefecture, HttpClient Neighbour, HttpClient District, string Plan, string Assignment);

    private async Task<World> WorldAsync()
    {
        await RegistryFiles.ImportAsync(host.Coordinator, RegistryFiles.Xinjiang);
        var tag = Guid.NewGuid().ToString("n")[..8];
        var (planStatus, plan) = await host.Coordinator.PostAsync("/api/v1/plans", new
        {
            id = $"tree-{tag}",
            title = "就业工程",
            targets = new[] { new { text = "城镇新增就业46万人以上", value = 460000, unit = "人", comparator = ">=" } },
            items = new[] { new { @ref = "二(一)", title = "产业带动就业", due = "2027-12-31", lead = new[] { Urumqi }, cooperating = Array.Empty<string>() } },
        });
        Assert.True(planStatus == 201, plan.ToString());
        var item = plan.GetProperty("item_ids")[0].GetString()!;
        Assert.Equal(200, (await host.Coordinator.PostAsync($"/api/v1/items/{item}/dispatch")).Status);
        var prefecture = await host.UserAsync($"t-6501-{tag}", "agency", Urumqi);
        var (cascaded, answer) = await prefecture.PostAsync($"/api/v1/assignments/{item}~{Urumqi}/cascade", new
        {
            children = new[]
            {
                new { agency_id = Tianshan, role = "lead", due = "2027-06-30", shares = new[] { new { indicator = Indicator, value = 5000 } } },
                new { agency_id = Saybag, role = "lead", due = "2027-06-30", shares = new[] { new { indicator = Indicator, value = 3000 } } },
            },
        });
        Assert.True(cascaded == 200, answer.ToString());
        var district = await ReportAsync(tag, item, Tianshan, 2000);
        await ReportAsync(tag, item, Saybag, 1200);
        return new World(prefecture, await host.UserAsync($"t-6502-{tag}", "agency", "xj-6502"), district, $"tree-{tag}", $"{item}~{Urumqi}");
    }

    private async Task<HttpClient> ReportAsync(string tag, string item, string agency, decimal value)
    {
        var user = await host.UserAsync($"t-{agency}-{tag}", "agency", agency);
        Assert.Equal(200, (await user.PostAsync($"/api/v1/assignments/{item}~{agency}/acknowledge", new { responsible_name = "张三" })).Status);
        var (status, body) = await user.PostAsync($"/api/v1/assignments/{item}~{agency}/reports", new { narrative = "按季度报送", indicators = new[] { new { name = Indicator, value, unit = "人" } } });
        Assert.True(status == 200, body.ToString());
        return user;
    }
}
