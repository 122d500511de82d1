using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Assignments;
using Supervision.Engine.Cascade;
using Supervision.Engine.ChainEscalation;
using Supervision.Engine.Trail;

namespace Supervision.Benchmarks;

/// <summary>
/// Cascade (分解交办) at national size over China's real divisions (31 provinces, 342 prefectures, 2,978 counties:
/// 3,351 assignments an item): <c>--size N</c> assignments (default 100,000: 30 items), as a tree (each item dispatched to
/// the provinces, cascaded twice) and, in the same run on a second host, as a flat plan of the same number dispatched
/// straight to every agency. Timed for each: opening them all (the tree's dispatch and cascade apart), the dashboard
/// warm (median of 3), the colours of the plan (<c>/rag?plan_id=</c>), a province's subtree listing, the office's delays
/// by level and region, and the roll-up tree (<c>/plans/{id}/tree?depth=2</c>) warm (median of 3).
/// </summary>
public static class CascadeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var divisions = CascadeDivisions.Read(CascadeDivisions.Folder(args.SkipWhile(a => a != "--divisions").Skip(1).FirstOrDefault()));
        var items = Math.Clamp((int)Math.Round(Option(args, "--size", 100_000) / (double)divisions.PerItem), 1, 30);
        // Opened through the grains: all items up to --real (default 3, ≈10,000 assignments); the rest are copies.
        var real = Math.Clamp(Option(args, "--real", 3), 1, items);
        Console.WriteLine($"{items} items x {divisions.PerItem} assignments = {items * divisions.PerItem} ({real} items opened, the rest copied); load {Load()}");
        var loadBefore = Load();
        var tree = await MeasureAsync("tree", divisions, (w, plan) => w.TreeAsync(plan, items, real));
        var flat = await MeasureAsync("flat", divisions, (w, plan) => w.FlatAsync(plan, items, real));
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["benchmark"] = "cascade", ["assignments"] = items * divisions.PerItem, ["items"] = items, ["per_item"] = divisions.PerItem,
            ["opened_through_grains"] = real * divisions.PerItem, ["copied_in_sql"] = (items - real) * divisions.PerItem,
            ["tree"] = tree, ["flat"] = flat,
            ["open_tree_over_flat"] = Math.Round(tree["open_s"] / flat["open_s"], 2),
            ["dashboard_tree_over_flat"] = Math.Round(tree["dashboard_warm_ms"] / flat["dashboard_warm_ms"], 2),
            ["rag_tree_over_flat"] = Math.Round(tree["rag_plan_ms"] / flat["rag_plan_ms"], 2),
            // The roll-up tree (GET /api/v1/plans/{id}/tree?depth=2), warm; aim: within 2x of the flat plan's and under 1 s.
            ["tree_query_ms"] = tree["tree_query_ms"],
            ["tree_query_tree_over_flat"] = Math.Round(tree["tree_query_ms"] / Math.Max(flat["tree_query_ms"], 0.001), 2),
            ["load_average"] = $"{loadBefore} -> {Load()}",
        }));
        return 0;
    }

    private static async Task<Dictionary<string, double>> MeasureAsync(string shape, CascadeDivisions divisions, Func<CascadeWorld, string, Task<(double Dispatch, double Cascade, double Copy)>> open)
    {
        await using var world = await BenchWorld.StartAsync();
        var cascade = new CascadeWorld(world, divisions);
        await cascade.RegistryAsync();
        using var client = await cascade.CoordinatorClientAsync();
        var (dispatch, cascaded, copied) = await open(cascade, shape);
        var dashboard = await WarmAsync(() => client.GetStringAsync("/dashboard"));
        var rag = await WarmAsync(() => client.GetStringAsync($"/api/v1/rag?plan_id={shape}"));
        var treeQuery = await WarmAsync(() => client.GetStringAsync($"/api/v1/plans/{shape}/tree?depth=2"));
        var subtree = await Time(() => client.GetStringAsync($"/api/v1/agencies/{divisions.Provinces[0]}/subtree?depth=2"));
        // The dashboard's counts (by plan, status and colour; agencies with red work), alone.
        var counts = await Time(() => world.App.Services.GetRequiredService<AssignmentCountsQuery>().RunAsync(Actor.System, default));
        // The roll-up tree in process, warm: its one query alone, then the query and the nodes built (the rest of the HTTP time is JSON).
        var treeSql = await WarmAsync(() => TreeSql.RunAsync(
            world.App.Services.GetRequiredService<ITables>(), "a.plan_id = @plan AND a.depth <= @depth",
            new Dictionary<string, object?> { ["plan"] = shape, ["depth"] = 2 }, DateTimeOffset.UtcNow, Actor.System, default));
        var treeBuilt = await WarmAsync(() => world.App.Services.GetRequiredService<TreeQuery>().PlanAsync(shape, 2, null, Actor.System));
        var delays = await Time(() => world.App.Services.GetRequiredService<ChainQuery>().DelaysAsync());
        Console.WriteLine($"{shape}: dispatched in {dispatch:0.0} s, cascaded in {cascaded:0.0} s, copied in {copied:0.0} s; dashboard warm {dashboard:0} ms, rag {rag:0} ms, tree {treeQuery:0} ms (sql {treeSql:0}, built {treeBuilt:0}), counts {counts:0} ms, subtree {subtree:0} ms, delays {delays:0} ms; load {Load()}");
        return new()
        {
            ["open_s"] = Math.Round(dispatch + cascaded, 1), ["dispatch_s"] = Math.Round(dispatch, 1), ["cascade_s"] = Math.Round(cascaded, 1),
            ["copy_s"] = Math.Round(copied, 1),
            ["dashboard_warm_ms"] = Math.Round(dashboard), ["rag_plan_ms"] = Math.Round(rag), ["tree_query_ms"] = Math.Round(treeQuery),
            ["subtree_ms"] = Math.Round(subtree), ["dashboard_counts_ms"] = Math.Round(counts),
            ["tree_sql_ms"] = Math.Round(treeSql), ["tree_built_ms"] = Math.Round(treeBuilt), ["delays_ms"] = Math.Round(delays),
        };
    }

    // Once cold, then the median of three.
    private static async Task<double> WarmAsync<T>(Func<Task<T>> run)
    {
        await Time(run);
        return new[] { await Time(run), await Time(run), await Time(run) }.Order().ElementAt(1);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static async Task<double> Time<T>(Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        await run();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
