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
/// on a fresh host that opens a new connection per message (<c>Supervision:Smtp:Reuse=false</c>). The limit: the same
/// rendered messages from a plain MailKit loop over as many connections. Then both waves again over STARTTLS and AUTH to
/// Debian's aiosmtpd, where a connection costs a TLS handshake as in real life.
/// </summary>
public static class NoticesBenchmark
{
    private const int AgenciesPerItem = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Option(args, "--count", 10_000);
        var tlsCount = Option(args, "--tls-count", count);
        await using var smtp = new LoopbackSmtp();
        var loopback = NoticeServer.Loopback(smtp);
        // A first, smaller wave on a throwaway host lets the JIT settle: measured cold, the first wave ran at half speed.
        Console.Error.WriteLine($"[0/5] warming up with {Math.Min(2_000, count)} notices …");
        await WaveAsync(loopback, Math.Min(2_000, count), reuse: true);
        Console.Error.WriteLine($"[1/5] pooled connections (the default): {count} dispatch notices …");
        var sentBefore = smtp.Messages.Count;
        var (pooled, pooledConnections) = await WaveAsync(loopback, count, reuse: true);
        Console.Error.WriteLine($"[2/5] the limit, same server: those {count} rendered messages again from a plain MailKit loop over {Connections} connections …");
        var limit = await NoticeLimit.MeasureAsync(smtp.Port, [.. smtp.Messages.Skip(sentBefore).Take(count)], Connections);
        Console.Error.WriteLine($"      {limit:0} /s");
        Console.Error.WriteLine($"[3/5] baseline, same server: a new connection per message (Supervision:Smtp:Reuse=false) …");
        var (perConnection, baselineConnections) = await WaveAsync(loopback, count, reuse: false);
        using var aiosmtpd = new Aiosmtpd();
        var tls = NoticeServer.StartTls(aiosmtpd);
        Console.Error.WriteLine($"[4/5] STARTTLS and AUTH to aiosmtpd (self-signed certificate), pooled: {tlsCount} notices …");
        var (tlsPooled, _) = await WaveAsync(tls, tlsCount, reuse: true);
        Console.Error.WriteLine($"[5/5] STARTTLS and AUTH to aiosmtpd, a new connection (and handshake) per message …");
        var (tlsPerConnection, _) = await WaveAsync(tls, tlsCount, reuse: false);
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
            ["limit_per_s"] = Math.Round(limit, 1),
            ["notices_over_limit"] = Math.Round(pooled / limit, 2),
            ["tls_count"] = tlsCount,
            ["tls_notices_per_s"] = Math.Round(tlsPooled, 1),
            ["tls_per_connection_per_s"] = Math.Round(tlsPerConnection, 1),
            ["tls_ratio"] = Math.Round(tlsPooled / tlsPerConnection, 2),
        }));
        return 0;
    }

    private const int Connections = 4;

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>A fresh host dispatches items until <paramref name="count"/> notices are due; the rate is from the first dispatch until the server holds them all.</summary>
    private static async Task<(double PerSecond, int Connections)> WaveAsync(NoticeServer smtp, int count, bool reuse)
    {
        var folder = Path.Combine(Path.GetTempPath(), "supervision-bench", Guid.NewGuid().ToString("n"));
        var app = (await TestHost.StartAsync(
            folder,
        [
            .. smtp.Settings,
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

            var (before, connectionsBefore) = (smtp.Delivered(), smtp.Connections());
            var clock = Stopwatch.StartNew();
            foreach (var item in items)
            {
                await grains.GetGrain<IActionItemGrain>(item).DispatchAsync(null, coordinator, null);
            }

            var dispatched = clock.Elapsed;
            while (smtp.Delivered() - before < count && clock.Elapsed < TimeSpan.FromMinutes(10))
            {
                await Task.Delay(20);
            }

            var (elapsed, delivered, connections) = (clock.Elapsed, smtp.Delivered() - before, smtp.Connections() - connectionsBefore);
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
