using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Xunit.Abstractions;
using Supervision.Engine.Deadlines.Quartz;
using Supervision.Host.Tests.Fixture;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Cluster;

/// <summary>
/// Two host processes on one PostgreSQL, 32 clients sending keyed commands, one host killed with SIGKILL mid-run.
/// Bounded: every wait has a limit sized for the slow 2-core machine, and the whole test a timeout.
/// </summary>
public sealed partial class FailoverTests(ITestOutputHelper output)
{
    private const int Clients = 32;

    private static readonly string[] NodeSettings =
    [
        "--Supervision:Deadlines:CheckinInterval", "00:00:02",
        "--Supervision:Deadlines:CheckinMisfireThreshold", "00:00:04",
        "--Supervision:Reactions:Lease", "00:00:10",
        "--Serilog:MinimumLevel:Override:Supervision.Engine.Deadlines.DeadlineSweep", "Debug",
    ];

    [Fact(Timeout = 600_000)]
    public async Task Killing_the_node_holding_most_grains_under_load_loses_nothing_keeps_the_survivor_ready_and_answers_no_500()
    {
        await using var db = await TestDatabase.CreateAsync("failover");
        await using var smtp = new LoopbackSmtp();
        // The first node is alone while the world is made: every grain of it is activated there (and any grain a readiness
        // probe would have asked), so killing it takes the most grains out of the cluster.
        await using var node1 = ClusterNode.Start(db.ConnectionString, smtp.Port, NodeSettings);
        await node1.ReadyAsync(TimeSpan.FromMinutes(3));
        var world = await FailoverWorld.CreateAsync(node1, Clients);
        await using var node2 = ClusterNode.Start(db.ConnectionString, smtp.Port, NodeSettings);
        await node2.ReadyAsync(TimeSpan.FromMinutes(3));
        await NoticesSettledAsync(world.Coordinator, TimeSpan.FromMinutes(2), node1, node2);
        var (victim, survivor) = (node1, node2);

        // The survivor's readiness, every half second from before the load to its end: it must never say 503.
        using var sampling = new CancellationTokenSource();
        var readiness = new ReadinessSampler(survivor);
        var sampler = Task.Run(() => readiness.RunAsync(sampling.Token));
        var connections = new ConnectionSampler(db);
        var counting = Task.Run(() => connections.RunAsync(sampling.Token));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var clients = world.Agencies.Select((a, i) => new FailoverClient(http, a.Token, a.Assignment, [node1.Url, node2.Url], i)).ToList();
        var stopAt = DateTime.MaxValue;
        var load = clients.Select(c => Task.Run(() => c.RunAsync(() => DateTime.UtcNow < stopAt, TimeSpan.FromSeconds(120)))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(5));

        // A firing a few seconds ahead that the victim has acquired (Quartz takes triggers up to 30 s early; when the other
        // node takes one, it is withdrawn and another scheduled, a few times): the victim dies holding it.
        var (trigger, at, owner) = await FiringHeldByAsync(db, victim);
        var firingsBefore = Firings(survivor);
        readiness.Mark(activeBefore: 2);
        victim.Kill();
        var killedAt = DateTime.UtcNow;
        stopAt = killedAt.AddSeconds(20);

        // The dead node's firing happens on the survivor within 30 s of the kill.
        var fired = await FiredAsync(db, trigger, survivor, firingsBefore, killedAt.AddSeconds(30));
        Assert.True(fired, $"the firing at {at:O} acquired by {owner} did not happen on the survivor within 30 s of the kill; survivor's log: {Tail(survivor.Logs())}");

        await Task.WhenAll(load);
        await sampling.CancelAsync();
        await sampler;
        await counting;
        // Two nodes at the default budget (Supervision:Postgres:MaxConnections = 30) hold at most 60 between them.
        Assert.True(connections.PeakTotal <= 2 * 30, $"the nodes held {connections.PeakTotal} connections at once");
        Assert.True(readiness.Unready.Count == 0, $"the survivor said it was not ready: {string.Join("; ", readiness.Unready.Take(5))}");
        Assert.True(readiness.DeclaredDeadAfter is not null, "the survivor never counted the killed node out");
        var refusals = clients.SelectMany(c => c.Refusals).ToList();
        Assert.All(refusals, r => Assert.True(Retriable(r), $"not a retriable answer: {r}"));
        // The host's 500s are logged as "Unhandled error on …": none on the survivor either (a client may not have seen one).
        Assert.DoesNotContain("Unhandled error on", survivor.Logs(), StringComparison.Ordinal);
        Assert.True(clients.Sum(c => c.Commands) >= Clients, "the clients sent almost nothing");

        // Every acknowledged command is in the trail, once; the whole log verifies.
        var coordinator = FailoverWorld.Client(survivor.Url, world.CoordinatorToken);
        var export = await (await coordinator.GetAsync("/api/v1/trail/export")).Content.ReadAsStringAsync();
        var missing = clients.SelectMany(c => c.Acknowledged).Where(n => Occurrences(export, n) != 1).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged commands not in the trail exactly once, e.g. {missing.FirstOrDefault()}");
        var (status, verdict) = await coordinator.SendAsync(HttpMethod.Post, "/api/v1/trails/verify", JsonDocument.Parse(export).RootElement);
        Assert.True(status == 200 && verdict.GetProperty("intact").GetBoolean(), verdict.ToString());

        // No notice went out twice: every message the server holds has its own Message-Id.
        await NoticesSettledAsync(coordinator, TimeSpan.FromMinutes(2), survivor);
        var ids = smtp.Messages.Select(m => MessageId().Match(m.Raw).Groups[1].Value).ToList();
        Assert.True(ids.Count >= Clients, $"only {ids.Count} notices were sent");
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        output.WriteLine($"firing at {at:O} acquired by '{owner}' ({(owner == victim.QuartzInstance ? "the killed node" : "not the killed node; empty: by none before it was due")}), killed node on {victim.HttpPort}; " +
            $"declared dead by the survivor {readiness.DeclaredDeadAfter?.TotalSeconds:0.0} s after the kill; survivor ready in all {readiness.Samples} samples; " +
            $"connections at most {connections.PeakTotal} ({string.Join(", ", connections.PeakByPool.Select(p => $"{p.Key} {p.Value}"))}); " +
            $"{clients.Sum(c => c.Commands)} commands acknowledged, longest {clients.Max(c => c.LongestCommand).TotalSeconds:0.0} s from first send to 2xx; " +
            $"refusals: {string.Join(", ", refusals.GroupBy(r => r).Select(g => $"{g.Key} ×{g.Count()}"))}; {ids.Count} notices, all distinct");
    }

    // A dead node's grains answer 503 (engine.unavailable) until it is declared dead; its claimed keys 409 until then. Never a 500.
    private static bool Retriable(string refusal) =>
        refusal is "HttpRequestException" or "TaskCanceledException" || refusal.StartsWith("503 ", StringComparison.Ordinal)
        || refusal.Contains("idempotency.in_progress", StringComparison.Ordinal);

    private static int Occurrences(string text, string what) => Regex.Count(text, Regex.Escape(what));

    private static int Firings(ClusterNode node) => Occurrences(node.Logs(), "\"Deadline firing at {At}");

    private static string Warnings(ClusterNode node) =>
        string.Join('\n', node.Logs().Split('\n').Where(l => l.Contains("\"@l\":\"Warning\"", StringComparison.Ordinal) || l.Contains("\"@l\":\"Error\"", StringComparison.Ordinal)));

    private static string Tail(string text) => text.Length > 3000 ? text[^3000..] : text;

    [GeneratedRegex(@"(?im)^Message-Id:\s*(\S+)")]
    private static partial Regex MessageId();

    /// <summary>Schedules a deadline firing through Quartz's clustered store, as a node would (same job, same trigger key).</summary>
    private static async Task<(string Trigger, DateTimeOffset At)> ScheduleFiringAsync(string connection, DateTimeOffset at)
    {
        var key = QuartzDeadlineTriggers.KeyFor(at);
        await WithSchedulerAsync(connection, async scheduler => await scheduler.ScheduleJob(TriggerBuilder.Create().WithIdentity(key).ForJob(DeadlineJob.Key).StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build(), new ScheduleJobOptions()));
        return (key.Name, at);
    }

    private static Task UnscheduleAsync(string connection, string trigger) =>
        WithSchedulerAsync(connection, async scheduler => await scheduler.UnscheduleJob(new TriggerKey(trigger, QuartzDeadlineTriggers.KeyFor(DateTimeOffset.UtcNow).Group)));

    /// <summary>Runs <paramref name="act"/> on a scheduler of the test's own on the nodes' clustered store (never started: it only writes triggers).</summary>
    private static async Task WithSchedulerAsync(string connection, Func<IScheduler, Task> act)
    {
        var services = new ServiceCollection();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceId = "failover-test");
            q.UsePersistentStore(s =>
            {
                s.UsePostgres(connection);
                s.UseClustering();
            });
        });
        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await act(scheduler);
        await scheduler.Shutdown();
    }

    /// <summary>
    /// Schedules firings until <paramref name="victim"/> acquires one (at most three tries; a firing the other node took is
    /// withdrawn and fires nothing). The last is kept whoever holds it: then the survivor fires it itself.
    /// </summary>
    private static async Task<(string Trigger, DateTimeOffset At, string Owner)> FiringHeldByAsync(TestDatabase db, ClusterNode victim)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (trigger, at) = await ScheduleFiringAsync(db.ConnectionString, DateTimeOffset.UtcNow.AddSeconds(25));
            var owner = await AcquiredByAsync(db, trigger, at);
            if (owner == victim.QuartzInstance || attempt == 3)
            {
                return (trigger, at, owner);
            }

            await UnscheduleAsync(db.ConnectionString, trigger);
        }
    }

    /// <summary>The Quartz instance that acquired the trigger; empty when none has by two seconds before it is due.</summary>
    private static async Task<string> AcquiredByAsync(TestDatabase db, string trigger, DateTimeOffset at)
    {
        while (DateTimeOffset.UtcNow < at.AddSeconds(-2))
        {
            var owners = await db.QueryAsync($"SELECT instance_name FROM qrtz_fired_triggers WHERE trigger_name = '{trigger}'", r => r.GetString(0));
            if (owners.Count > 0)
            {
                return owners[0];
            }

            await Task.Delay(100);
        }

        return "";
    }

    private static async Task<bool> FiredAsync(TestDatabase db, string trigger, ClusterNode survivor, int firingsBefore, DateTime limit)
    {
        while (DateTime.UtcNow < limit)
        {
            var left = await db.QueryAsync($"SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_name = '{trigger}'", r => r.GetInt64(0));
            if (left[0] == 0 && Firings(survivor) > firingsBefore)
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }

    /// <summary>Waits until no reaction is waiting (notices included), as the node's readiness check counts them.</summary>
    private static async Task NoticesSettledAsync(HttpClient client, TimeSpan limit, params ClusterNode[] nodes)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            var (_, ready) = await client.GetJsonAsync("/health/ready");
            if (ready.TryGetProperty("checks", out var checks) && checks.GetProperty("reactions").GetProperty("data").GetProperty("pending").GetInt64() == 0)
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"reactions (notices among them) still waiting; the nodes' warnings: {string.Join('\n', nodes.Select(n => Tail(Warnings(n))))}");
    }
}
