using Supervision.Engine.Access;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using Supervision.Workflows.Items;

namespace Supervision.Engine.CrashProbe;

/// <summary>One plan, one item, one lead agency; fixed ids and idempotency keys, so a second run finds the first's work.</summary>
public sealed class ProbeWorld(IGrainFactory grains, IEventStore store, ITables tables)
{
    private const string ItemId = "p.1";
    private const string AssignmentId = "p.1~lead";
    private static readonly Actor Coordinator = new("u-coord", Roles.Coordinator, null);
    private static readonly Actor Lead = new("u-lead", Roles.Agency, "lead");

    public async Task ReadyForApprovalAsync()
    {
        await grains.GetGrain<IAgencyGrain>("lead").RegisterAsync(new AgencyProfile("自治区人力资源和社会保障厅", "department", [], false, []), Coordinator, "k1");
        await grains.GetGrain<IPlanGrain>("p").CreateAsync(
            new PlanSpec("2022年自治区扩大就业惠民工程实施方案", "自治区就业工作领导小组办公室", new DateOnly(2022, 3, 24), []),
            [new ItemSpec("二(一)", "实施产业发展带动就业行动", "以产业园区为载体", new DateOnly(2022, 12, 31), ["lead"], [], [])],
            Coordinator,
            "k2");
        await grains.GetGrain<IActionItemGrain>(ItemId).DispatchAsync(null, Coordinator, "k3");
        var lead = grains.GetGrain<IAssignmentGrain>(AssignmentId);
        await lead.AcknowledgeAsync(new Responsible("张三", null, null), Lead, "k4");
        await lead.SubmitCompletionAsync("全年新增就业46.2万人", Lead, "k5");
    }

    public Task ApproveAsync() => grains.GetGrain<IAssignmentGrain>(AssignmentId).ReviewCompletionAsync(true, "同意办结", Coordinator, "k6");

    /// <summary>Waits until the item has settled (or the time is up), then reports what the trail and the read models say.</summary>
    public async Task<Outcome> OutcomeAsync(TimeSpan patience)
    {
        var until = DateTime.UtcNow + patience;
        Outcome outcome;
        do
        {
            outcome = await ReadAsync();
            if (outcome.OpenReactions == 0 && (outcome.Item == "completed" || !outcome.Approved))
            {
                break;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < until);

        return outcome;
    }

    private async Task<Outcome> ReadAsync()
    {
        var assignment = await grains.GetGrain<IAssignmentGrain>(AssignmentId).GetAsync(Coordinator);
        var item = await grains.GetGrain<IActionItemGrain>(ItemId).GetAsync(Coordinator);
        var trail = await store.ReadStreamsAsync([$"item-{ItemId}", $"assignment-{AssignmentId}"]);
        var open = await tables.QueryAsync("SELECT COUNT(*) FROM reactions WHERE state <> 'done'", new Dictionary<string, object?>(), r => r.GetInt64(0));
        return new Outcome(
            assignment?.Status == AssignmentStatus.Completed,
            item?.Status.ToString().ToLowerInvariant() ?? "missing",
            trail.Count(e => e.Type == "ItemCompleted"),
            trail.Count(e => e.Type == "CompletionApproved"),
            open[0],
            TrailVerifier.Verify(trail).Intact);
    }

    /// <summary>What a restart found: the approval, the item, how many completion events, reactions not done, the trail's verdict.</summary>
    public sealed record Outcome(bool Approved, string Item, int ItemCompletedEvents, int ApprovalEvents, long OpenReactions, bool Intact)
    {
        public bool Consistent => Approved == string.Equals(Item, nameof(ItemStatus.Completed), StringComparison.OrdinalIgnoreCase);
    }
}
