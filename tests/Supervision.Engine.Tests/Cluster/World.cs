using Supervision.Engine.Access;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Cluster;

/// <summary>A small world for a test: a coordinator, two or three agencies with users, a plan with one item. Ids are unique per test.</summary>
public sealed class World(IGrainFactory grains)
{
    private readonly string _tag = Guid.NewGuid().ToString("n")[..8];

    public Actor Coordinator { get; } = new("u-coord", Roles.Coordinator, null);

    public Actor Inspector { get; } = new("u-insp", Roles.Inspector, null);

    public string Lead => $"lead-{_tag}";

    public string Cooperator => $"coop-{_tag}";

    public string Other => $"other-{_tag}";

    public string PlanId => $"p-{_tag}";

    public static Actor UserOf(string agencyId) => new($"u-{agencyId}", Roles.Agency, agencyId);

    public IAssignmentGrain Assignment(string itemId, string agencyId) => grains.GetGrain<IAssignmentGrain>(AssignmentIds.For(itemId, agencyId));

    public IActionItemGrain Item(string itemId) => grains.GetGrain<IActionItemGrain>(itemId);

    /// <summary>Registers the agencies, creates the plan and one item led by <see cref="Lead"/> with <see cref="Cooperator"/>; dispatches it when asked.</summary>
    public async Task<string> ItemAsync(bool dispatch = true, bool withCooperator = true)
    {
        foreach (var (id, name) in new[] { (Lead, "自治区人力资源和社会保障厅"), (Cooperator, "自治区财政厅"), (Other, "自治区商务厅") })
        {
            await grains.GetGrain<IAgencyGrain>(id).RegisterAsync(new AgencyProfile(name, "department", [], false, []), Coordinator, null);
        }

        var plan = grains.GetGrain<IPlanGrain>(PlanId);
        await plan.CreateAsync(new PlanSpec("2022年自治区扩大就业惠民工程实施方案", "自治区就业工作领导小组办公室", new DateOnly(2022, 3, 24), []), [], Coordinator, null);
        var itemId = await plan.AddItemAsync(
            new ItemSpec("二(一)", "实施产业发展带动就业行动", "以产业园区及集中区为载体……", new DateOnly(2022, 12, 31), [Lead], withCooperator ? [Cooperator] : [], []),
            Coordinator,
            null);
        if (dispatch)
        {
            await Item(itemId).DispatchAsync(null, Coordinator, null);
        }

        return itemId;
    }
}
