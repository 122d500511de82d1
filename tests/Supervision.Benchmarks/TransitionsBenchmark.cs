using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Assignments;
using Supervision.Engine.Reactions;
using Supervision.Engine.Trail;

using Supervision.Tests.Shared;

namespace Supervision.Benchmarks;

/// <summary>
/// (a) raw single-row INSERT + COMMIT appends/s on the store's settings — the baseline (SQLite file, or the same
/// PostgreSQL server with <c>--store postgres</c>);
/// (b) cycle transitions/s through the grains with 64 concurrent callers;
/// (c) the same through the HTTP API with 32 concurrent clients, with p50/p99 latency; (d) the same again, each
/// command carrying a new Idempotency-Key as real clients send. Each phase runs untimed first, until the JIT has settled.
/// </summary>
public static class TransitionsBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 10;
        var store = Option(args, "--store") ?? "sqlite";
        var duration = TimeSpan.FromSeconds(seconds);
        // PostgreSQL: the given database (--connection), or a fresh one on the private server of tests/postgres.
        var postgres = store == "postgres" ? Option(args, "--connection") ?? await PrivatePostgres.CreateDatabaseAsync("bench") : null;
        await using var world = await BenchWorld.StartAsync(postgres is null ? [] : ["--Supervision:Store", "postgres", "--Supervision:Postgres", postgres]);

        // Untimed load first, so that tiered compilation has settled before the clock starts (it takes seconds, not calls).
        var warmup = TimeSpan.FromSeconds(20);
        Console.Error.WriteLine($"[1/4] raw {store} appends (one row, one commit) for {seconds} s …");
        var raw = postgres is null
            ? await SqliteBaseline.MeasureRawAppendsAsync(Path.Combine(world.Folder, "baseline.db"), duration)
            : await PostgresBaseline.MeasureRawAppendsAsync(postgres, duration);
        Console.Error.WriteLine($"      {raw:0} appends/s");

        Console.Error.WriteLine($"[2/4] preparing 64 assignments, then grain transitions with 64 callers (warm-up first) …");
        var grainSet = await world.AssignmentsAsync("g", 64);
        var grainRate = await WarmThenRunAsync(warmup, duration, grainSet.Count, async i =>
        {
            var (id, actor, _) = grainSet[i];
            await world.Grains.GetGrain<IAssignmentGrain>(id).SubmitReportAsync("基准进展", [], actor, null);
        });
        Console.Error.WriteLine($"      {grainRate.PerSecond:0} transitions/s");

        Console.Error.WriteLine($"[3/4] preparing 32 assignments, then HTTP commands with 32 clients (warm-up first) …");
        var httpSet = await world.AssignmentsAsync("h", 32);
        var clients = httpSet.Select(a => new HttpClient { BaseAddress = world.BaseAddress, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", a.Token) } }).ToList();
        var httpRate = await WarmThenRunAsync(warmup, duration, clients.Count, i => ReportAsync(clients[i], httpSet[i].AssignmentId, key: null));
        Console.Error.WriteLine($"      {httpRate.PerSecond:0} commands/s, p50 {httpRate.P50:0.0} ms, p99 {httpRate.P99:0.0} ms");

        // Real clients send an Idempotency-Key with every command: its answer is stored too, in a write of its own.
        Console.Error.WriteLine("[4/4] the same, each command with a new Idempotency-Key …");
        var keyedRate = await WarmThenRunAsync(warmup, duration, clients.Count, i => ReportAsync(clients[i], httpSet[i].AssignmentId, key: Guid.NewGuid().ToString("n")));
        Console.Error.WriteLine($"      {keyedRate.PerSecond:0} commands/s, p50 {keyedRate.P50:0.0} ms, p99 {keyedRate.P99:0.0} ms");
        clients.ForEach(c => c.Dispose());
        // Every reaction of the run (items defined, assignments opened while preparing) was carried out in this process.
        var lag = world.App.Services.GetRequiredService<ReactionLag>();
        Console.Error.WriteLine($"      reactions carried out: {lag.Count}, lag p50 {lag.Percentile(50):0.0} ms, p99 {lag.Percentile(99):0.0} ms");

        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["benchmark"] = "transitions",
            ["store"] = store,
            ["seconds"] = seconds,
            ["cores"] = Environment.ProcessorCount,
            ["server_gc"] = System.Runtime.GCSettings.IsServerGC,
            ["raw_appends_per_s"] = Math.Round(raw, 1),
            ["grain_transitions_per_s"] = Math.Round(grainRate.PerSecond, 1),
            ["grain_p99_ms"] = Math.Round(grainRate.P99, 2),
            ["grain_cpu_ms"] = Math.Round(grainRate.CpuMs, 3),
            ["http_commands_per_s"] = Math.Round(httpRate.PerSecond, 1),
            ["http_p50_ms"] = Math.Round(httpRate.P50, 2),
            ["http_p99_ms"] = Math.Round(httpRate.P99, 2),
            ["http_cpu_ms"] = Math.Round(httpRate.CpuMs, 3),
            ["grain_vs_raw"] = Math.Round(grainRate.PerSecond / raw, 2),
            ["http_vs_raw"] = Math.Round(httpRate.PerSecond / raw, 2),
            ["http_keyed_commands_per_s"] = Math.Round(keyedRate.PerSecond, 1),
            ["http_keyed_p50_ms"] = Math.Round(keyedRate.P50, 2),
            ["http_keyed_p99_ms"] = Math.Round(keyedRate.P99, 2),
            ["http_keyed_cpu_ms"] = Math.Round(keyedRate.CpuMs, 3),
            ["http_keyed_vs_raw"] = Math.Round(keyedRate.PerSecond / raw, 2),
            ["reactions"] = lag.Count,
            ["reaction_lag_p50_ms"] = Math.Round(lag.Percentile(50) ?? 0, 2),
            ["reaction_lag_p99_ms"] = Math.Round(lag.Percentile(99) ?? 0, 2),
        }));
        return 0;
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    /// <summary>Calls per second, latency percentiles, and this process's CPU time per call (what load elsewhere does not change).</summary>
    private sealed record Rate(double PerSecond, double P50, double P99, double CpuMs);

    private static async Task ReportAsync(HttpClient client, string assignmentId, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/assignments/{assignmentId}/reports")
        {
            Content = JsonContent.Create(new { narrative = "基准进展" }),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Runs the load untimed until tiered compilation has settled (under 50 methods compiled in a second, at most
    /// <paramref name="warmup"/>), then measures. Measured cold, a 5 s phase spent a third of its CPU in the JIT.
    /// </summary>
    private static async Task<Rate> WarmThenRunAsync(TimeSpan warmup, TimeSpan duration, int callers, Func<int, Task> call)
    {
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < warmup;)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            await RunForAsync(TimeSpan.FromSeconds(1), callers, call);
            if (System.Runtime.JitInfo.GetCompiledMethodCount() - compiled < 50)
            {
                break;
            }
        }

        return await RunForAsync(duration, callers, call);
    }

    /// <summary>Runs <paramref name="callers"/> loops until the time is up; each loop calls with its own index.</summary>
    private static async Task<Rate> RunForAsync(TimeSpan duration, int callers, Func<int, Task> call)
    {
        var latencies = new List<double>[callers];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(i => Task.Run(async () =>
        {
            var mine = latencies[i] = [];
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                await call(i);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var elapsed = clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return new Rate(all.Length / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), cpu.TotalMilliseconds / Math.Max(1, all.Length));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
