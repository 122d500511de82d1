using Supervision.Engine.Access;
using Supervision.Engine.Agencies;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;
using Supervision.Host.Simulation;

namespace Supervision.Benchmarks;

/// <summary>
/// The deadline benchmark's world, made through the real grains in a silo on a virtual clock: 100 agencies and enough
/// items led by all of them that <c>obligations</c> acknowledge obligations open at one instant, so all their first
/// rungs (the reminder) fall due at one instant too.
/// </summary>
public static class DeadlineWorld
{
    public const int Agencies = 100;

    private static readonly Actor Office = new("bench-office", Roles.Coordinator, null);

    public static async Task PrepareAsync(SimulationSilo silo, int obligations)
    {
        var agencies = Enumerable.Range(0, Agencies).Select(i => $"ag-{i:000}").ToList();
        await Parallel.ForEachAsync(agencies, async (id, _) =>
            await silo.Grains.GetGrain<IAgencyGrain>(id).RegisterAsync(new AgencyProfile($"单位{id}", "department", [], false, []), Office, null));

        var items = (obligations + Agencies - 1) / Agencies;
        var specs = Enumerable.Range(0, items)
            .Select(i => new ItemSpec($"{i + 1}", $"任务{i + 1}", null, new DateOnly(2022, 12, 31), agencies, [], []))
            .Chunk(Limits.ItemsPerPlan)
            .ToList();
        var itemIds = new List<string>();
        for (var p = 0; p < specs.Count; p++)
        {
            var plan = silo.Grains.GetGrain<IPlanGrain>($"bench-{p}");
            itemIds.AddRange((await plan.CreateAsync(new PlanSpec($"基准 {p}", null, null, []), specs[p], Office, null)).ItemIds);
        }

        var done = 0;
        await Parallel.ForEachAsync(itemIds, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (item, _) =>
        {
            await silo.Grains.GetGrain<IActionItemGrain>(item).DispatchAsync(null, Office, null);
            if (Interlocked.Increment(ref done) % 100 == 0)
            {
                Console.Error.WriteLine($"      dispatched {done} of {itemIds.Count} items");
            }
        });
    }
}
