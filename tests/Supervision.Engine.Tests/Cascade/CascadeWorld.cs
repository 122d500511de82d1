using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Cascade;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Tests.Cluster;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Cascade;

/// <summary>
/// A region over two prefectures, one over two counties and one township: an item led by the region with the target
/// 城镇新增就业 460000, dispatched. Ids are unique per test.
/// </summary>
public sealed class CascadeWorld(IGrainFactory grains)
{
    private readonly string _tag = Guid.NewGuid().ToString("n")[..8];

    public World Base { get; } = new(grains);

    public string Region => $"xj-{_tag}";
    public string Prefecture => $"wlmq-{_tag}";
    public string Neighbour => $"klmy-{_tag}";
    public string County => $"tsq-{_tag}";
    public string OtherCounty => $"sybk-{_tag}";
    public string Township => $"jd-{_tag}";
    public string NeighbourCounty => $"dsz-{_tag}";
    public string Village => $"sq-{_tag}";

    public string ItemId { get; private set; } = "";

    public string PlanId => $"p-{_tag}";

    public IAssignmentCascade Cascade(string agencyId) => grains.GetGrain<IAssignmentCascade>(AssignmentIds.For(ItemId, agencyId));

    public IAssignmentGrain Assignment(string agencyId) => grains.GetGrain<IAssignmentGrain>(AssignmentIds.For(ItemId, agencyId));

    /// <param name="neighbourCooperates">Whether the neighbouring prefecture cooperates on the item at its top level.</param>
    public async Task<CascadeWorld> BuildAsync(bool neighbourCooperates = false)
    {
        var coordinator = Base.Coordinator;
        foreach (var (id, name, parent) in new[]
        {
            (Region, "新疆维吾尔自治区人民政府", (string?)null), (Prefecture, "乌鲁木齐市人民政府", Region), (Neighbour, "克拉玛依市人民政府", Region),
            (County, "天山区人民政府", Prefecture), (OtherCounty, "沙依巴克区人民政府", Prefecture), (Township, "某街道办事处", County), (Village, "某社区居民委员会", Township),
            (NeighbourCounty, "独山子区人民政府", Neighbour),
        })
        {
            await grains.GetGrain<IAgencyGrain>(id).RegisterAsync(new AgencyProfile(name, "government", [], false, []), coordinator, null);
            if (parent is not null)
            {
                await grains.GetGrain<IAgencyGrain>(id).SetParentAsync(parent, coordinator, null);
            }
        }

        var plan = grains.GetGrain<IPlanGrain>(PlanId);
        await plan.CreateAsync(new PlanSpec("2022年自治区扩大就业惠民工程实施方案", "自治区就业工作领导小组办公室", new DateOnly(2022, 3, 24), []), [], coordinator, null);
        ItemId = await plan.AddItemAsync(
            new ItemSpec("二(一)", "实施产业发展带动就业行动", "……", new DateOnly(2022, 12, 31), [Region], neighbourCooperates ? [Neighbour] : [], [new Target("城镇新增就业46万人以上", 460000, "人", ">=", "城镇新增就业")]),
            coordinator, null);
        await grains.GetGrain<IActionItemGrain>(ItemId).DispatchAsync(null, coordinator, null);
        return this;
    }

    public static CascadeChildInput Child(string agencyId, decimal share = 1000, DateOnly? due = null, string role = "lead") =>
        new(agencyId, role, due ?? new DateOnly(2022, 10, 31), [new ShareInput("城镇新增就业", share)], "按季度报送进展");

    public static Actor UserOf(string agencyId) => World.UserOf(agencyId);
}
