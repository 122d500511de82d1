using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.ChainEscalation;

namespace Supervision.Benchmarks;

/// <summary>
/// Cascade (分解交办) at national size: <c>--size N</c> assignments (default 100,000: 30 items × 31 regions × 10
/// prefectures × 10 counties), as a tree (dispatched to the regions, cascaded twice) and, in the same run on a second
/// host, as a flat plan of the same number dispatched straight to every agency. Timed for each: opening them all, the
/// dashboard warm (median of 3), the colours of the plan (<c>/rag?plan_id=</c>), a region's subtree listing and the
/// office's delays by level and region, and the roll-up tree (<c>/plans/{id}/tree?depth=2</c>), warm.
/// </summary>
public static class CascadeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var size = Option(args, "--size", 100_000);
        const int tops = 31;
        var fanout = Math.Max(1, (int)Math.Sqrt(Math.Min(size, 3441) / (double)tops));
        var perItem = tops + (tops * fanout) + (tops * fanout * fanout);
        var items = Math.Clamp(size / perItem, 1, 30);
        Console.WriteLine($"{items} items x {perItem} assignments ({tops} regions, fanout {fanout}) = {items * perItem}");

        var tree = await MeasureAsync("tree", items, tops, fanout, (w, plan) => w.TreeAsync(plan, items));
        var flat = await MeasureAsync("flat", items, tops, fanout, (w, plan) => w.FlatAsync(plan, items));
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["benchmark"] = "cascade", ["assignments"] = items * perItem, ["items"] = items, ["fanout"] = fanout,
            ["tree"] = tree, ["flat"] = flat,
            ["open_tree_over_flat"] = Math.Round(tree["open_s"] / flat["open_s"], 2),
            ["dashboard_tree_over_flat"] = Math.Round(tree["dashboard_warm_ms"] / flat["dashboard_warm_ms"], 2),
            ["rag_tree_over_flat"] = Math.Round(tree["rag_plan_ms"] / flat["rag_plan_ms"], 2),
            // The roll-up tree (GET /api/v1/plans/{id}/tree?depth=2), warm; aim: within 2x of the flat plan's and under 1 s.
            ["tree_query_ms"] = tree["tree_query_ms"],
            ["tree_query_tree_over_flat"] = Math.Round(tree["tree_query_ms"] / Math.Max(flat["tree_query_ms"], 0.001), 2),
        }));
        return 0;
    }

    private static async Task<Dictionary<string, double>> MeasureAsync(string shape, int items, int tops, int fanout, Func<CascadeWorld, string, Task> open)
    {
        await using var world = await BenchWorld.StartAsync();
        var cascade = new CascadeWorld(world, tops, fanout);
        await cascade.RegistryAsync();
        using var client = await cascade.CoordinatorClientAsync();
        var watch = Stopwatch.StartNew();
        await open(cascade, shape);
        var openSeconds = watch.Elapsed.TotalSeconds;
        await Time(() => client.GetStringAsync("/dashboard"));
        var dashboard = new[] { await Time(() => client.GetStringAsync("/dashboard")), await Time(() => client.GetStringAsync("/dashboard")), await Time(() => client.GetStringAsync("/dashboard")) }.Order().ElementAt(1);
        await Time(() => client.GetStringAsync($"/api/v1/rag?plan_id={shape}"));
        var rag = await Time(() => client.GetStringAsync($"/api/v1/rag?plan_id={shape}"));
        await Time(() => client.GetStringAsync($"/api/v1/plans/{shape}/tree?depth=2"));
        var treeQuery = await Time(() => client.GetStringAsync($"/api/v1/plans/{shape}/tree?depth=2"));
        var subtree = await Time(() => client.GetStringAsync("/api/v1/agencies/t0/subtree?depth=2"));
        var delays = await Time(() => world.App.Services.GetRequiredService<ChainQuery>().DelaysAsync());
        Console.WriteLine($"{shape}: opened in {openSeconds:0.0} s; dashboard warm {dashboard:0} ms, rag {rag:0} ms, tree {treeQuery:0} ms, subtree {subtree:0} ms, delays {delays:0} ms");
        return new()
        {
            ["open_s"] = Math.Round(openSeconds, 1), ["dashboard_warm_ms"] = Math.Round(dashboard), ["rag_plan_ms"] = Math.Round(rag),
            ["tree_query_ms"] = Math.Round(treeQuery),
            ["subtree_ms"] = Math.Round(subtree), ["delays_ms"] = Math.Round(delays),
        };
    }

    private static async Task<double> Time<T>(Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        await run();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
