using Supervision.Engine.Access;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Targets;

/// <summary>
/// The seed plan's targets on a small plan of the given year: three agencies, three items each led by one of them,
/// dispatched and acknowledged on 2 January. Ids are unique per world.
/// </summary>
public sealed class SeedWorld(IGrainFactory grains, int year)
{
    private readonly string _tag = Guid.NewGuid().ToString("n")[..8];

    public static Actor Coordinator { get; } = new("u-coord", Roles.Coordinator, null);

    public static Actor Inspector { get; } = new("u-insp", Roles.Inspector, null);

    public string A => $"hrss-{_tag}";

    public string B => $"ndrc-{_tag}";

    public string C => $"com-{_tag}";

    public string PlanId => $"p-{_tag}";

    public int Year => year;

    public List<string> ItemIds { get; } = [];

    public static Actor UserOf(string agency) => new($"u-{agency}", Roles.Agency, agency);

    public static IReadOnlyList<Target> SeedTargets { get; } =
    [
        new("实现城镇新增就业46万人以上", 460000, "人", ">="),
        new("城镇调查失业率控制在5.5%左右", 5.5m, "%", "~"),
        new("实现新增创业4万人", 40000, "人", "="),
    ];

    public async Task<SeedWorld> CreateAsync(IReadOnlyList<Target>? targets = null)
    {
        foreach (var (id, name) in new[] { (A, "自治区人力资源和社会保障厅"), (B, "自治区发展和改革委员会"), (C, "自治区商务厅") })
        {
            await grains.GetGrain<IAgencyGrain>(id).RegisterAsync(new AgencyProfile(name, "department", [], false, []), Coordinator, null);
        }

        var plan = grains.GetGrain<IPlanGrain>(PlanId);
        var due = new DateOnly(year, 12, 31);
        await plan.CreateAsync(
            new PlanSpec($"{year}年自治区扩大就业惠民工程实施方案", "自治区就业工作领导小组办公室", new DateOnly(year, 3, 24), targets ?? SeedTargets),
            [
                new ItemSpec("二(一)", "实施产业发展带动就业行动", null, due, [A], [], []),
                new ItemSpec("二(三)", "实施文旅产业发展促就业行动", null, due, [B], [], [new Target("增加2万个就业岗位", 20000, "个", ">=")]),
                new ItemSpec("二(四)", "实施商贸流通促就业行动", null, due, [C], [], []),
            ],
            Coordinator,
            null);
        ItemIds.AddRange((await plan.GetAsync(Coordinator))!.ItemIds);
        foreach (var item in ItemIds)
        {
            await grains.GetGrain<IActionItemGrain>(item).DispatchAsync(null, Coordinator, null);
        }

        foreach (var (item, agency) in ItemIds.Zip([A, B, C]))
        {
            await Assignment(item, agency).AcknowledgeAsync(new Responsible("张三", null, null), UserOf(agency), null);
        }

        return this;
    }

    public IAssignmentGrain Assignment(string itemId, string agency) => grains.GetGrain<IAssignmentGrain>(AssignmentIds.For(itemId, agency));

    public string AssignmentOf(string agency) => AssignmentIds.For(ItemIds[agency == A ? 0 : agency == B ? 1 : 2], agency);

    /// <summary>The agency reports cumulative values (name, value) on its item at the clock's now.</summary>
    public Task<AssignmentView> ReportAsync(string agency, params (string Name, decimal Value)[] values) =>
        grains.GetGrain<IAssignmentGrain>(AssignmentOf(agency)).SubmitReportAsync(
            "本期进展", [.. values.Select(v => new Indicator(v.Name, v.Value, null))], UserOf(agency), null);
}
