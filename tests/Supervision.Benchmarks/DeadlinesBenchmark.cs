using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Trail;
using Supervision.Host.Simulation;

namespace Supervision.Benchmarks;

/// <summary>
/// N obligations fall due at one instant: from that instant until every first ladder step is in the trail, through the
/// sweep one Quartz firing runs (grains asked in bounded batches); against Quartz.NET firing one trigger per obligation
/// on its SQLite store, measured in the same run (20,000 triggers, or fewer when asked, so the comparison is not
/// flattered by a small store). The reactions the steps cause (their notices) are claimed after the sweep.
/// </summary>
public static class DeadlinesBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var obligations = Option(args, "--obligations", 100_000);
        var triggers = Option(args, "--triggers", Math.Min(obligations, 20_000));
        var folder = Path.Combine(Path.GetTempPath(), "supervision-bench", Guid.NewGuid().ToString("n"));
        try
        {
            Console.Error.WriteLine($"[1/3] preparing {obligations} acknowledge obligations through the grains (not timed) …");
            var start = new DateTimeOffset(2022, 5, 5, 1, 0, 0, TimeSpan.Zero);
            await using var silo = await SimulationSilo.StartAsync(folder, "Asia/Shanghai", start, CancellationToken.None);
            var prepare = Stopwatch.StartNew();
            await DeadlineWorld.PrepareAsync(silo, obligations);
            var instants = await silo.Tables.QueryAsync(
                "SELECT next_at, COUNT(*) FROM obligations WHERE state = 'open' GROUP BY next_at", new Dictionary<string, object?>(), r => (r.GetString(0), r.GetInt32(1)));
            var (dueText, open) = instants.Single();
            var due = TrailTime.Parse(dueText);
            Console.Error.WriteLine($"      {open} open obligations, first rung of all at {dueText}, prepared in {prepare.Elapsed.TotalSeconds:0} s");

            Console.Error.WriteLine("[2/3] the firing at that instant: the sweep, as the Quartz job runs it …");
            silo.Clock.SetUtcNow(due);
            var sweep = silo.Services.GetRequiredService<DeadlineSweep>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = await sweep.RunAsync(due);
            var elapsed = watch.Elapsed;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var recorded = (await silo.Tables.QueryAsync(
                "SELECT COUNT(*) FROM events WHERE type = 'EscalationReached'", new Dictionary<string, object?>(), r => r.GetInt32(0)))[0];
            var perSecond = recorded / elapsed.TotalSeconds;
            Console.Error.WriteLine($"      {recorded} ladder steps recorded in {elapsed.TotalSeconds:0.00} s: {perSecond:0}/s ({result.Failed} failed; {cpuMs / recorded:0.000} ms CPU each)");

            Console.Error.WriteLine($"[3/3] Quartz.NET, one trigger per obligation: {triggers} triggers of a no-op job on its SQLite store …");
            var (quartz, quartzElapsed) = await QuartzRate.MeasureAsync(Path.Combine(folder, "quartz-bench.db"), triggers);
            Console.Error.WriteLine($"      {triggers} firings in {quartzElapsed.TotalSeconds:0.00} s: {quartz:0}/s");

            Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["benchmark"] = "deadlines",
                ["cores"] = Environment.ProcessorCount,
                ["obligations"] = obligations,
                ["escalations_recorded"] = recorded,
                ["sweep_seconds"] = Math.Round(elapsed.TotalSeconds, 3),
                ["sweep_cpu_ms_per_escalation"] = Math.Round(cpuMs / recorded, 4),
                ["escalations_per_s"] = Math.Round(perSecond, 1),
                ["quartz_triggers"] = triggers,
                ["triggers"] = triggers,
                ["per_trigger_firings_per_s"] = Math.Round(quartz, 1),
                ["ratio"] = Math.Round(perSecond / quartz, 2),
            }));
            return recorded == obligations ? 0 : 1;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
