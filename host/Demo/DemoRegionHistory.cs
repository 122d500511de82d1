using Supervision.Engine.Assignments;
using Supervision.Engine.Cascade;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;
using Supervision.Host.Simulation;

namespace Supervision.Host.Demo;

/// <summary>
/// About three months of the region's plan, move by move through the grains' intents on the virtual clock, the ladder
/// firing between moves as it would have: the region cascades both items to its prefectures; 和田地区 never acknowledges
/// (its delay goes to the region, then up to the office); 乌鲁木齐市 cascades to its counties early and they report
/// every month; 昌吉回族自治州 cascades seven working days ago and two of its counties have not acknowledged (told to
/// the prefecture only so far). Reports are reviewed the next working day by the level above.
/// </summary>
public sealed class DemoRegionHistory(SimulationSilo silo, Actor office, IReadOnlyDictionary<string, Actor> agency, ILookup<string, string> below)
{
    public const string Silent = "xj-6532";

    public const string Urumqi = "xj-6501";

    public const string Changji = "xj-6523";

    private static readonly string[] Unacknowledged = ["xj-652327", "xj-652328"];

    private static readonly string[] People = ["王科长", "李主任", "张处长", "刘科长", "陈主任", "杨科长", "赵处长", "马主任"];

    private readonly List<(DateTimeOffset At, Func<Task> Move)> _moves = [];

    private readonly Dictionary<string, int> _reports = new(StringComparer.Ordinal);

    private int _step;

    public async Task PlayAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = silo.Times.LocalDate(now);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        var issued = Day(month, 2);
        var due = new DateOnly(today.Year, today.Month, 1).AddMonths(10).AddDays(-1);
        await silo.Time.RunUntilAsync(At(issued), cancellationToken);
        var items = (await silo.Grains.GetGrain<IPlanGrain>(DemoRegion.PlanId).CreateAsync(
            new PlanSpec("新疆维吾尔自治区扩大就业惠民工程实施方案（演示）", "自治区就业工作领导小组办公室", issued,
                [new Target("城镇新增就业47万人以上", 470000, "人", ">=", "城镇新增就业")]),
            [
                new ItemSpec("二(一)", "实施产业发展带动就业行动", null, due, [DemoRegion.Region], [], []),
                new ItemSpec("二(二)", "大规模开展职业技能培训", null, due, [DemoRegion.Region], [], [new Target("职业技能培训30万人次以上", 300000, "人次", ">=", "职业技能培训")]),
            ],
            office, Next())).ItemIds;

        var prefectures = below[DemoRegion.Region].ToList();
        foreach (var (item, indicator, share) in new[] { (items[0], "城镇新增就业", 25000m), (items[1], "职业技能培训", 17000m) })
        {
            Plan(issued, async () =>
            {
                await silo.Grains.GetGrain<IActionItemGrain>(item).DispatchAsync(null, office, Next());
                await OpenedAsync($"{item}~{DemoRegion.Region}");
            });
            Plan(Day(issued, 1), () => AcknowledgeAsync(item, [DemoRegion.Region]));
            Plan(Day(issued, 1), () => CascadeAsync(item, DemoRegion.Region, prefectures, due.AddMonths(-1), indicator, p => p switch { Urumqi => share * 3, Changji => share * 2, _ => share }));
            Plan(Day(issued, 2), () => AcknowledgeAsync(item, prefectures.Where(p => p != Silent)));
            Reports(item, DemoRegion.Region, null, 0, month, today);
            foreach (var prefecture in prefectures.Where(p => p != Silent))
            {
                Reports(item, prefecture, prefecture == Urumqi && indicator == "城镇新增就业" ? null : indicator, share, month, today);
            }
        }

        Plan(Day(issued, 4), () => CascadeAsync(items[0], Urumqi, below[Urumqi], due.AddMonths(-2), "城镇新增就业", _ => 8000));
        Plan(Day(issued, 5), () => AcknowledgeAsync(items[0], below[Urumqi]));
        foreach (var county in below[Urumqi])
        {
            Reports(items[0], county, "城镇新增就业", 8000, month, today);
        }

        Plan(Day(today, -7), () => CascadeAsync(items[0], Changji, below[Changji], due.AddMonths(-2), "城镇新增就业", _ => 5000));
        Plan(Day(today, -6), () => AcknowledgeAsync(items[0], below[Changji].Except(Unacknowledged)));
        // Moves are planned by day; those after this morning's hour wait for another day.
        foreach (var (at, move) in _moves.Where(m => m.At <= now).OrderBy(m => m.At))
        {
            await silo.Time.RunUntilAsync(at, cancellationToken);
            await move();
        }

        await silo.Time.RunUntilAsync(now, cancellationToken);
    }

    // A report at the end of each full month and the current one so far, each reviewed the next working day by the level above.
    private void Reports(string item, string agencyId, string? indicator, decimal share, DateOnly month, DateOnly today)
    {
        for (var (m, n) = (month, 1); m.AddMonths(1) <= today; (m, n) = (m.AddMonths(1), n + 1))
        {
            var day = Day(m.AddMonths(1), -1);
            var figure = Math.Round(share * 0.12m * n);
            var monthNumber = m.Month; // the for loop's variables are shared by every iteration's closure: copy the month

            IReadOnlyList<Indicator> figures = indicator is null ? [] : [new Indicator(indicator, figure, indicator == "职业技能培训" ? "人次" : "人")];
            Plan(day, async () =>
            {
                await A(item, agencyId).SubmitReportAsync($"{monthNumber}月份工作进展：按计划推进，已完成阶段任务。", figures, agency[agencyId], Next());
                _reports[$"{item}~{agencyId}"] = _reports.GetValueOrDefault($"{item}~{agencyId}") + 1;
            });
            Plan(Day(day, 1), () => A(item, agencyId).ReviewReportAsync(_reports[$"{item}~{agencyId}"], true, "已阅，继续推进。", Reviewer(agencyId), Next()));
        }
    }

    private Actor Reviewer(string agencyId) =>
        agencyId == DemoRegion.Region ? office : agency[below.First(g => g.Contains(agencyId, StringComparer.Ordinal)).Key];

    private async Task CascadeAsync(string item, string parent, IEnumerable<string> children, DateOnly due, string indicator, Func<string, decimal> share)
    {
        var inputs = children.Select(c => (CascadeChildInput?)new CascadeChildInput(c, "lead", due, [new ShareInput(indicator, share(c))], "按月报送进展和完成数")).ToList();
        await silo.Grains.GetGrain<IAssignmentCascade>($"{item}~{parent}").CascadeAsync(inputs, agency[parent], Next());
        foreach (var child in children)
        {
            await OpenedAsync($"{item}~{child}");
        }
    }

    private async Task AcknowledgeAsync(string item, IEnumerable<string> agencies)
    {
        foreach (var (id, i) in agencies.Select((id, i) => (id, i)))
        {
            await A(item, id).AcknowledgeAsync(new Responsible(People[i % People.Length], null, null), agency[id], Next());
        }
    }

    // A child opens by a reaction to its parent's cascade (and a dispatched assignment by one to the dispatch): wait for it.
    private async Task OpenedAsync(string assignmentId)
    {
        for (var attempt = 0; await silo.Grains.GetGrain<IAssignmentGrain>(assignmentId).GetAsync(office) is null; attempt++)
        {
            if (attempt == 600)
            {
                throw new InvalidOperationException($"The demo's assignment {assignmentId} never opened.");
            }

            await Task.Delay(50);
        }
    }

    private void Plan(DateOnly day, Func<Task> move) => _moves.Add((At(day), move));

    private IAssignmentGrain A(string item, string agencyId) => silo.Grains.GetGrain<IAssignmentGrain>($"{item}~{agencyId}");

    private DateOnly Day(DateOnly from, int workingDays) => silo.Times.Calendar.AddWorkingDays(from, workingDays).Date;

    // Ten in the morning, local time.
    private DateTimeOffset At(DateOnly day) => silo.Times.EndOfDay(day.AddDays(-1)).AddHours(10).AddSeconds(1);

    private string Next() => $"demo-xj:{++_step}";
}
