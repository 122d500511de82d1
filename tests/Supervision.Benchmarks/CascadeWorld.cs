using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Access;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Cascade;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;

namespace Supervision.Benchmarks;

/// <summary>
/// The cascade benchmark's worlds on one host: a registry of top agencies, each with <c>fanout</c> prefectures of
/// <c>fanout</c> counties, and either a tree plan (each item dispatched to the tops, cascaded twice) or a flat plan (each
/// item dispatched straight to every agency) of the same number of assignments.
/// </summary>
public sealed class CascadeWorld(BenchWorld world, int tops, int fanout)
{
    private static readonly Actor Coordinator = new("bench-coordinator", Roles.Coordinator, null);

    public int PerItem => tops + (tops * fanout) + (tops * fanout * fanout);

    public IEnumerable<string> Tops => Enumerable.Range(0, tops).Select(t => $"t{t}");

    private IEnumerable<string> Prefectures(string top) => Enumerable.Range(0, fanout).Select(p => $"{top}-{p}");

    private IEnumerable<string> Counties(string prefecture) => Enumerable.Range(0, fanout).Select(c => $"{prefecture}-{c}");

    public async Task RegistryAsync()
    {
        foreach (var top in Tops)
        {
            await RegisterAsync(top, null);
            foreach (var prefecture in Prefectures(top))
            {
                await RegisterAsync(prefecture, top);
                await Task.WhenAll(Counties(prefecture).Select(c => RegisterAsync(c, prefecture)));
            }
        }
    }

    /// <summary>Dispatches <paramref name="items"/> items to the tops and cascades each level once its assignments exist.</summary>
    public async Task TreeAsync(string planId, int items)
    {
        var ids = await ItemsAsync(planId, items, _ => [.. Tops]);
        await WaitAsync(planId, items * tops);
        await LevelAsync(ids, Tops, Prefectures);
        await WaitAsync(planId, items * (tops + (tops * fanout)));
        await LevelAsync(ids, Tops.SelectMany(Prefectures), Counties);
        await WaitAsync(planId, items * PerItem);
    }

    /// <summary>The same number of assignments dispatched straight to the agencies: an item holds at most 100 leads, so each tree item is several flat ones.</summary>
    public async Task FlatAsync(string planId, int items)
    {
        var agencies = Tops.SelectMany(t => Prefectures(t).SelectMany(p => (IEnumerable<string>)[p, .. Counties(p)]).Prepend(t)).Chunk(100).ToList();
        await ItemsAsync(planId, items * agencies.Count, i => [.. agencies[i % agencies.Count]]);
        await WaitAsync(planId, items * PerItem);
    }

    public async Task<HttpClient> CoordinatorClientAsync()
    {
        var users = world.App.Services.GetRequiredService<UserStore>();
        var user = await users.AddAsync("bench-office", "督查室", Roles.Coordinator, null, "bench-password-1");
        var client = new HttpClient { BaseAddress = world.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await users.IssueTokenAsync(user.Username, "bench"));
        return client;
    }

    private Task RegisterAsync(string id, string? parent) =>
        world.Grains.GetGrain<IAgencyGrain>(id).RegisterAsync(new AgencyProfile($"单位{id}", "government", [], false, []), Coordinator, null)
            .ContinueWith(async _ => { if (parent is not null) { await world.Grains.GetGrain<IAgencyGrain>(id).SetParentAsync(parent, Coordinator, null); } }, TaskScheduler.Default).Unwrap();

    private async Task<List<string>> ItemsAsync(string planId, int items, Func<int, List<string>> leads)
    {
        var plan = world.Grains.GetGrain<IPlanGrain>(planId);
        await plan.CreateAsync(new PlanSpec($"基准 {planId}", null, null, []), [], Coordinator, null);
        var ids = new List<string>();
        for (var i = 0; i < items; i++)
        {
            var itemId = await plan.AddItemAsync(new ItemSpec($"{i + 1}", $"任务{i}", null, new DateOnly(2027, 12, 31), leads(i), [], []), Coordinator, null);
            await world.Grains.GetGrain<IActionItemGrain>(itemId).DispatchAsync(null, Coordinator, null);
            ids.Add(itemId);
        }

        return ids;
    }

    // Each holder cascades its item to its children in one call, eight holders at a time.
    private async Task LevelAsync(List<string> items, IEnumerable<string> holders, Func<string, IEnumerable<string>> below)
    {
        var work = items.SelectMany(i => holders.Select(h => (Item: i, Holder: h))).ToList();
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (w, _) =>
            await world.Grains.GetGrain<IAssignmentCascade>(AssignmentIds.For(w.Item, w.Holder)).CascadeAsync(
                [.. below(w.Holder).Select(a => (CascadeChildInput?)new CascadeChildInput(a, "lead", new DateOnly(2027, 6, 30), null, null))], Coordinator, null));
    }

    // Children open by reactions: the level is done when the read model holds every assignment.
    private async Task WaitAsync(string planId, int count)
    {
        var tables = world.App.Services.GetRequiredService<ITables>();
        while ((await tables.QueryAsync("SELECT COUNT(*) FROM assignments WHERE plan_id = @plan", new Dictionary<string, object?> { ["plan"] = planId }, r => r.GetInt64(0)))[0] < count)
        {
            await Task.Delay(100);
        }
    }
}
