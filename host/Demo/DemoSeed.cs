using Supervision.Engine.Access;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;

namespace Supervision.Host.Demo;

/// <summary>
/// Fills an empty installation with a fictional city's employment plan: four agencies, users with printed passwords,
/// five items in every stage of the cycle (a return and a resubmission, a dispute, a report waiting for review, an
/// overdue assignment). Every step goes through the same grain intents as the API. Refuses a data folder with plans.
/// </summary>
public sealed class DemoSeed(IGrainFactory grains, UserStore users, PlanListQuery plans, Configuration.SupervisionOptions options)
{
    private static readonly (string Id, string Name)[] Agencies =
    [
        ("demo-rsj", "示范市人力资源和社会保障局"), ("demo-czj", "示范市财政局"), ("demo-swj", "示范市商务局"), ("demo-jyj", "示范市教育局"),
    ];

    /// <summary>
    /// Fills the installation; false (having said why) when it already has plans other than the region's cascaded one
    /// (<see cref="DemoRegion"/>, played before the host started, whose users come in <paramref name="before"/>).
    /// </summary>
    public async Task<bool> FillAsync(CancellationToken cancellationToken, IReadOnlyList<string>? before = null)
    {
        if ((await plans.PlansAsync(Actor.System, cancellationToken)).Any(p => p.Id != DemoRegion.PlanId))
        {
            await Console.Error.WriteLineAsync(Refusal);
            return false;
        }

        var people = new DemoUsers(users);
        var office = await people.AddAsync("demo-office", "督查办公室（演示）", Roles.Coordinator, null, cancellationToken);
        await people.AddAsync("demo-inspector", "督查人员（演示）", Roles.Inspector, null, cancellationToken);
        var agency = new Dictionary<string, Actor>();
        foreach (var (id, name) in Agencies)
        {
            await grains.GetGrain<IAgencyGrain>(id).RegisterAsync(new AgencyProfile(name, "department", [], false, [], new Contact("联络员", null, null)), office, "demo:" + id);
            agency[id] = await people.AddAsync($"{id}-user", $"{name}联络员", Roles.Agency, id, cancellationToken);
        }

        var plan = await grains.GetGrain<IPlanGrain>("p-demo").CreateAsync(
            new PlanSpec("示范市2026年稳就业行动方案（演示）", "示范市就业工作领导小组办公室", new DateOnly(2026, 3, 1), [new Target("城镇新增就业3万人以上", 30000, "人", ">=")]),
            [
                new ItemSpec("一", "实施高校毕业生就业促进行动", null, new DateOnly(2027, 6, 30), ["demo-rsj"], ["demo-jyj"], []),
                new ItemSpec("二", "落实稳岗返还政策", null, new DateOnly(2026, 11, 20), ["demo-rsj"], ["demo-czj"], []),
                new ItemSpec("三", "开展外贸企业用工保障服务", null, new DateOnly(2027, 3, 31), ["demo-swj"], [], []),
                new ItemSpec("四", "组织春风行动专场招聘", null, new DateOnly(2027, 4, 30), ["demo-rsj"], [], []),
                new ItemSpec("五", "支持返乡入乡创业", null, new DateOnly(2027, 9, 30), ["demo-swj"], [], []),
            ],
            office, "demo:plan");
        foreach (var item in plan.ItemIds)
        {
            await grains.GetGrain<IActionItemGrain>(item).DispatchAsync(null, office, $"demo:dispatch:{item}");
        }

        await new DemoHistory(grains, office, agency).PlayAsync(plan.ItemIds);
        var lines = people.Lines.Concat(before ?? []).ToList();
        var file = Path.Combine(options.DataDirectory, "demo-users.txt");
        await File.WriteAllLinesAsync(file, lines, cancellationToken);
        Console.WriteLine($"演示数据已生成 / demo data created. 用户 users (also in {Path.GetFullPath(file)}):");
        lines.ForEach(Console.WriteLine);
        return true;
    }

    public const string Refusal = "数据目录中已有方案，--demo 只用于空的安装。The data folder already has plans; --demo only fills an empty installation.";
}
