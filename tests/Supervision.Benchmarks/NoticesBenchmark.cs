using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Access;
using Supervision.Engine.Agencies;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;
using Supervision.Host;
using Supervision.Tests.Shared;

namespace Supervision.Benchmarks;

/// <summary>
/// Dispatch notices end to end against a loopback SMTP server: items dispatched to 100 agencies each until
/// <c>--count</c> notices are due, timed from the first dispatch until the server holds every one (reactions queue,
/// rendering, pooled connections, recording each as sent). Baseline in the same run, on the same server: the same wave
/// on a fresh host that opens a new connection per message (<c>Supervision:Smtp:Reuse=false</c>).
/// </summary>
public static class NoticesBenchmark
{
    private const int AgenciesPerItem = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length >= 2 && args[0] == "--count" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        await using var smtp = new LoopbackSmtp();
        // A first, smaller wave on a throwaway host lets the JIT settle: measured cold, the first wave ran at half speed.
        Console.Error.WriteLine($"[0/2] warming up with {Math.Min(2_000, count)} notices …");
        await WaveAsync(smtp, Math.Min(2_000, count), reuse: true);
        Console.Error.WriteLine($"[1/2] pooled connections (the default): {count} dispatch notices …");
        var (pooled, pooledConnections) = await WaveAsync(smtp, count, reuse: true);
        Console.Error.WriteLine($"[2/2] baseline, same server: a new connection per message (Supervision:Smtp:Reuse=false) …");
        var (perConnection, baselineConnections) = await WaveAsync(smtp, count, reuse: false);
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["benchmark"] = "notices",
            ["count"] = count,
            ["notices_per_s"] = Math.Round(pooled, 1),
            ["per_connection_baseline_per_s"] = Math.Round(perConnection, 1),
            ["ratio"] = Math.Round(pooled / perConnection, 2),
            ["connections"] = pooledConnections,
            ["baseline_connections"] = baselineConnections,
            ["pool_size"] = Connections,
        }));
        return 0;
    }

    private const int Connections = 4;

    /// <summary>A fresh host dispatches items until <paramref name="count"/> notices are due; the rate is from the first dispatch until the server holds them all.</summary>
    private static async Task<(double PerSecond, int Connections)> WaveAsync(LoopbackSmtp smtp, int count, bool reuse)
    {
        var folder = Path.Combine(Path.GetTempPath(), "supervision-bench", Guid.NewGuid().ToString("n"));
        var app = (await TestHost.StartAsync(
            folder,
        [
            "--Supervision:Smtp:Host", "127.0.0.1",
            "--Supervision:Smtp:Port", smtp.Port.ToString(CultureInfo.InvariantCulture),
            "--Supervision:Smtp:Connections", Connections.ToString(CultureInfo.InvariantCulture),
            "--Supervision:Smtp:Reuse", reuse ? "true" : "false",
            "--Serilog:MinimumLevel:Default", "Error",
        ])).App;
        try
        {
            var grains = app.Services.GetRequiredService<IGrainFactory>();
            var coordinator = new Actor("bench-coordinator", Roles.Coordinator, null);
            var agencies = Math.Min(AgenciesPerItem, count);
            for (var i = 0; i < agencies; i++)
            {
                await grains.GetGrain<IAgencyGrain>($"nb-{i}").RegisterAsync(
                    new AgencyProfile($"单位{i}", "department", [], false, [], new Contact($"联络员{i}", null, $"liaison{i}@example.org")), coordinator, null);
            }

            var plan = grains.GetGrain<IPlanGrain>("nb-plan");
            await plan.CreateAsync(new PlanSpec("通知基准", null, null, []), [], coordinator, null);
            var items = new List<string>();
            for (var n = 0; n < count; n += agencies)
            {
                var leads = Enumerable.Range(0, Math.Min(agencies, count - n)).Select(i => $"nb-{i}").ToList();
                items.Add(await plan.AddItemAsync(new ItemSpec($"{items.Count + 1}", $"任务{items.Count + 1}", null, null, leads, [], []), coordinator, null));
            }

            var (before, connectionsBefore) = (smtp.Messages.Count, smtp.Connections);
            var clock = Stopwatch.StartNew();
            foreach (var item in items)
            {
                await grains.GetGrain<IActionItemGrain>(item).DispatchAsync(null, coordinator, null);
            }

            var dispatched = clock.Elapsed;
            while (smtp.Messages.Count - before < count && clock.Elapsed < TimeSpan.FromMinutes(10))
            {
                await Task.Delay(20);
            }

            var (elapsed, delivered, connections) = (clock.Elapsed, smtp.Messages.Count - before, smtp.Connections - connectionsBefore);
            Console.Error.WriteLine($"      {delivered} in {elapsed.TotalSeconds:0.00} s (dispatching took {dispatched.TotalSeconds:0.00} s) over {connections} connections: {delivered / elapsed.TotalSeconds:0} /s");
            return (delivered / elapsed.TotalSeconds, connections);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
