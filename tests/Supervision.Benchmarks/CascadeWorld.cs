using System.Diagnostics;
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
/// The cascade benchmark's worlds on one host: the real divisions as a registry (province → prefecture → county), and
/// either a tree plan (each item dispatched to the provinces, cascaded twice) or a flat plan (each item dispatched
/// straight to every agency) of the same number of assignments.
/// </summary>
public sealed class CascadeWorld(BenchWorld world, CascadeDivisions divisions)
{
    private static readonly Actor Coordinator = new("bench-coordinator", Roles.Coordinator, null);

    public async Task RegistryAsync()
    {
        await ParallelAsync(divisions.Provinces, p => RegisterAsync(p, null));
        await ParallelAsync(divisions.Provinces.SelectMany(p => divisions.Below[p].Select(c => (Id: c, Parent: p))), a => RegisterAsync(a.Id, a.Parent));
        await ParallelAsync(divisions.Prefectures.SelectMany(p => divisions.Below[p].Select(c => (Id: c, Parent: p))), a => RegisterAsync(a.Id, a.Parent));
    }

    /// <summary>
    /// Dispatches <paramref name="real"/> items to the provinces and cascades each level once its assignments exist, then
    /// copies the first one's rows to the other items (see <see cref="CascadeCopies"/>); answers the seconds to
    /// dispatch, to cascade (both levels, until the read model holds every assignment) and to copy.
    /// </summary>
    public async Task<(double Dispatch, double Cascade, double Copy)> TreeAsync(string planId, int items, int real)
    {
        var watch = Stopwatch.StartNew();
        var ids = await ItemsAsync(planId, 0, real, _ => [.. divisions.Provinces], dispatch: true);
        await WaitAsync(planId, real * divisions.Provinces.Count);
        var dispatch = watch.Elapsed.TotalSeconds;
        await LevelAsync(ids, divisions.Provinces);
        await WaitAsync(planId, real * (divisions.Provinces.Count + divisions.Prefectures.Count()));
        await LevelAsync(ids, divisions.Prefectures);
        await WaitAsync(planId, real * divisions.PerItem);
        var cascade = watch.Elapsed.TotalSeconds - dispatch;
        await CopyAsync(planId, real, items - real, [ids[0]], _ => [.. divisions.Provinces]);
        await WaitAsync(planId, items * divisions.PerItem);
        return (dispatch, cascade, watch.Elapsed.TotalSeconds - dispatch - cascade);
    }

    /// <summary>
    /// The same number of assignments dispatched straight to the agencies: an item holds at most 100 leads, so each real tree
    /// item is several flat ones; each copied item holds all of those items' rows at once (3,351 leads), so a national
    /// plan stays within a plan's 500 items.
    /// </summary>
    public async Task<(double Dispatch, double Cascade, double Copy)> FlatAsync(string planId, int items, int real)
    {
        var watch = Stopwatch.StartNew();
        var agencies = divisions.All.Chunk(100).ToList();
        var ids = await ItemsAsync(planId, 0, real * agencies.Count, i => [.. agencies[i % agencies.Count]], dispatch: true);
        await WaitAsync(planId, real * divisions.PerItem);
        var dispatch = watch.Elapsed.TotalSeconds;
        await CopyAsync(planId, real * agencies.Count, items - real, ids, _ => [.. agencies[0]], all: true);
        await WaitAsync(planId, items * divisions.PerItem);
        return (dispatch, 0, watch.Elapsed.TotalSeconds - dispatch);
    }

    // Items added (not dispatched) after the first <paramref name="from"/>, each given a copy of a template's rows in turn (or of all of them).
    private async Task CopyAsync(string planId, int from, int count, List<string> templates, Func<int, List<string>> leads, bool all = false)
    {
        var copies = new CascadeCopies(world);
        var added = await ItemsAsync(planId, from, count, leads, dispatch: false);
        for (var i = 0; i < added.Count; i++)
        {
            foreach (var template in all ? templates : [templates[i % templates.Count]])
            {
                await copies.CopyAsync(template, added[i], $"{from + i + 1}", $"任务{from + i}");
            }
        }
    }

    public async Task<HttpClient> CoordinatorClientAsync()
    {
        var users = world.App.Services.GetRequiredService<UserStore>();
        var user = await users.AddAsync("bench-office", "督查室", Roles.Coordinator, null, "bench-password-1");
        var client = new HttpClient { BaseAddress = world.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await users.IssueTokenAsync(user.Username, "bench"));
        return client;
    }

    private async Task RegisterAsync(string id, string? parent)
    {
        var agency = world.Grains.GetGrain<IAgencyGrain>(id);
        await agency.RegisterAsync(new AgencyProfile(divisions.Names[id], "government", [], false, []), Coordinator, null);
        if (parent is not null)
        {
            await agency.SetParentAsync(parent, Coordinator, null);
        }
    }

    private async Task<List<string>> ItemsAsync(string planId, int from, int count, Func<int, List<string>> leads, bool dispatch)
    {
        var plan = world.Grains.GetGrain<IPlanGrain>(planId);
        if (from == 0)
        {
            await plan.CreateAsync(new PlanSpec($"基准 {planId}", null, null, []), [], Coordinator, null);
        }

        var ids = new List<string>();
        for (var i = from; i < from + count; i++)
        {
            var itemId = await plan.AddItemAsync(new ItemSpec($"{i + 1}", $"任务{i}", null, new DateOnly(2027, 12, 31), leads(i), [], []), Coordinator, null);
            if (dispatch)
            {
                await world.Grains.GetGrain<IActionItemGrain>(itemId).DispatchAsync(null, Coordinator, null);
            }

            ids.Add(itemId);
        }

        return ids;
    }

    // Each holder cascades its item to the divisions below it in one call, eight holders at a time.
    private Task LevelAsync(List<string> items, IEnumerable<string> holders) =>
        ParallelAsync(items.SelectMany(i => holders.Where(h => divisions.Below[h].Any()).Select(h => (Item: i, Holder: h))), w =>
            world.Grains.GetGrain<IAssignmentCascade>(AssignmentIds.For(w.Item, w.Holder)).CascadeAsync(
                [.. divisions.Below[w.Holder].Select(a => (CascadeChildInput?)new CascadeChildInput(a, "lead", new DateOnly(2027, 6, 30), null, null))], Coordinator, null));

    private static Task ParallelAsync<T>(IEnumerable<T> work, Func<T, Task> run) =>
        Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (w, _) => await run(w));

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
