using System.Text.Json;

namespace Supervision.Host.Tests.Fixture;

/// <summary>Through the API as a coordinator: three agencies with one user each, a plan with one dispatched item.</summary>
public sealed class ApiWorld
{
    private ApiWorld(string tag) => Tag = tag;

    public string Tag { get; }

    public string Lead => $"lead-{Tag}";

    public string Coop => $"coop-{Tag}";

    public string Other => $"other-{Tag}";

    public HttpClient LeadUser { get; private set; } = null!;

    public HttpClient CoopUser { get; private set; } = null!;

    public HttpClient OtherUser { get; private set; } = null!;

    public string PlanId => $"p-{Tag}";

    public string ItemId { get; private set; } = "";

    public string LeadAssignment => $"{ItemId}~{Lead}";

    public string CoopAssignment => $"{ItemId}~{Coop}";

    /// <summary>A reaction waiting in the queue, once the world is brought to <see cref="WorldState.ReactionWaiting"/>.</summary>
    public string ReactionId { get; set; } = "";

    public static async Task<ApiWorld> CreateAsync(HostFixture host, bool dispatch = true)
    {
        var world = new ApiWorld(Guid.NewGuid().ToString("n")[..8]);
        foreach (var (id, name) in new[] { (world.Lead, "自治区人力资源和社会保障厅"), (world.Coop, "自治区财政厅"), (world.Other, "自治区商务厅") })
        {
            var (status, body) = await host.Coordinator.PostAsync("/api/v1/agencies", new { id, name, liaison = new { name = "联络员", email = $"{id}@example.org" } });
            Assert.True(status == 201, body.ToString());
        }

        world.LeadUser = await host.UserAsync($"u-{world.Lead}", "agency", world.Lead);
        world.CoopUser = await host.UserAsync($"u-{world.Coop}", "agency", world.Coop);
        world.OtherUser = await host.UserAsync($"u-{world.Other}", "agency", world.Other);
        var (planStatus, plan) = await host.Coordinator.PostAsync("/api/v1/plans", new
        {
            id = world.PlanId,
            title = "2022年自治区扩大就业惠民工程实施方案",
            issuer = "自治区就业工作领导小组办公室",
            issued = "2022-03-24",
            targets = new[] { new { text = "城镇新增就业46万人以上", value = 460000, unit = "人", comparator = ">=" } },
            items = new[]
            {
                new { @ref = "二(一)", title = "实施产业发展带动就业行动", due = "2022-12-31", lead = new[] { world.Lead }, cooperating = new[] { world.Coop } },
            },
        });
        Assert.True(planStatus == 201, plan.ToString());
        world.ItemId = plan.GetProperty("item_ids")[0].GetString()!;
        if (dispatch)
        {
            var (s, b) = await host.Coordinator.PostAsync($"/api/v1/items/{world.ItemId}/dispatch");
            Assert.True(s == 200, b.ToString());
        }

        return world;
    }

    public async Task<int> TrailLengthAsync(HostFixture host)
    {
        var (_, trail) = await host.Inspector.GetJsonAsync($"/api/v1/items/{ItemId}/trail");
        return trail.ValueKind == JsonValueKind.Array ? trail.GetArrayLength() : -1;
    }
}
