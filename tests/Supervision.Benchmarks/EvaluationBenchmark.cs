using System.Diagnostics;
using System.Text.Json;
using Supervision.Engine.Access;
using Supervision.Engine.Assignments;
using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Evaluation;
using Supervision.Engine.Evaluation.Inputs;
using Supervision.Engine.Items;
using Supervision.Engine.Items.Events;
using Supervision.Engine.Plans;
using Supervision.Engine.Plans.Events;
using Supervision.Engine.ReadModel;
using Supervision.Engine.Targets;
using Supervision.Engine.Trail;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Cycle;
using Supervision.Workflows.Definition;
using Supervision.Workflows.Scoring;

namespace Supervision.Benchmarks;

/// <summary>
/// An evaluation over a year's trail of P plans × I items × A agencies (each plan with two targets; each item a lead and
/// a cooperating assignment, acknowledged, reporting monthly with figures for the targets, reviewed, some late and
/// escalated), on a real SQLite file; attainment (the targets' replay) is in the timed evaluations. Timed: the first (cold)
/// evaluation, which reads the log once; the warm one after a few new events; a one-plan evaluation. Baseline in the same
/// run: reading and decoding the whole log (what scoring "from the trail" would cost with no kept facts).
/// </summary>
public static class EvaluationBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (plans, items, agencies) = (Option(args, "--plans", 30), Option(args, "--items", 200), Option(args, "--agencies", 40));
        var folder = Path.Combine(Path.GetTempPath(), "supervision-bench", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        await using var store = new SqliteEventStore(new SqliteStoreOptions(Path.Combine(folder, "bench.db")), ReadModelMigrations.All);
        await store.InitializeAsync();
        var fill = Stopwatch.StartNew();
        var events = await FillAsync(store, plans, items, agencies);
        Console.WriteLine($"trail: {events} events for {plans} plans x {items} items x {agencies} agencies in {fill.Elapsed.TotalSeconds:0.0} s");

        var dueTimes = DueTimes.ChinaStandard(CalendarFiles.FromDefault());
        var sources = new CycleSource(dueTimes);
        var facts = new ScoreFacts((ITables)store, [sources, new MajorIssueSource(sources), new PracticeSource()]);
        // Attainment against pace is asked of the targets' replay, as the host wires it (EvaluationSetup).
        var progress = new ProgressQuery(new PlanReplay(store, (ITables)store, TimeProvider.System), DefinitionCatalog.FromDefault(), dueTimes);
        var attainment = new AttainmentSource(new AgencyStandingQuery(progress), sources, facts, (ITables)store);
        var scoring = new EvaluationScoring(facts, [attainment], new SchemeCatalog([SchemeLoader.Default()]), dueTimes, new EvaluationScope((ITables)store));
        var year = new EvaluationSpec("2022年度考核", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), null);
        var asOf = new DateTimeOffset(2023, 1, 10, 0, 0, 0, TimeSpan.Zero);

        var cold = await TimeAsync(() => scoring.ScoreAsync(year, asOf));
        await AppendAsync(store, "assignment-bench-late", 1);
        var warm = new List<double>();
        ScoreSheet sheet = null!;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            sheet = await scoring.ScoreAsync(year, asOf);
            warm.Add(watch.Elapsed.TotalMilliseconds);
        }

        var onePlan = await TimeAsync(() => scoring.ScoreAsync(year with { PlanId = "p1" }, asOf));
        var baseline = await TimeAsync(async () => (await store.ReadLogAsync()).Select(EventCodec.Decode).Count());
        var warmMs = warm.Order().ElementAt(warm.Count / 2);
        Console.WriteLine($"cold {cold:0} ms, warm {warmMs:0} ms (median of 5), one plan {onePlan:0} ms, baseline (read and decode the log) {baseline:0} ms; {sheet.Agencies.Count} agencies ranked");
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["benchmark"] = "evaluation", ["plans"] = plans, ["items"] = items, ["agencies"] = agencies, ["events"] = events,
            ["cold_ms"] = Math.Round(cold), ["warm_ms"] = Math.Round(warmMs), ["one_plan_ms"] = Math.Round(onePlan),
            ["baseline_read_log_ms"] = Math.Round(baseline), ["warm_over_baseline"] = Math.Round(warmMs / baseline, 4),
            ["under_a_second_warm"] = warmMs < 1000,
        }));
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static async Task<long> FillAsync(SqliteEventStore store, int plans, int items, int agencies)
    {
        var start = new DateTimeOffset(2022, 1, 4, 2, 0, 0, TimeSpan.Zero);
        long count = 0;
        var random = new Random(7);
        for (var p = 1; p <= plans; p++)
        {
            count += await PlanAsync(store, $"p{p}", items, start);
            for (var i = 1; i <= items; i++)
            {
                var item = $"p{p}.{i}";
                foreach (var (agency, role) in new[] { ($"ag{random.Next(agencies)}", AssignmentRole.Lead), ($"ag{random.Next(agencies)}", AssignmentRole.Cooperating) })
                {
                    var id = $"{item}~{agency}~{role}";
                    var state = new AssignmentState();
                    var events = Year(item, $"p{p}", agency, role, start.AddMinutes(i), random, state);
                    // The assignments row is how the targets' replay finds the plan's streams.
                    await store.AppendAsync(StreamIds.Assignment(id), 0, events, [AssignmentRows.Upsert(id, state)]);
                    count += events.Count;
                }
            }

            Console.WriteLine($"plan {p}/{plans}: {count} events");
        }

        return count;
    }

    // The plan with its targets (a count summed over agencies, a rate as the latest value) and its items.
    private static async Task<int> PlanAsync(SqliteEventStore store, string plan, int items, DateTimeOffset at)
    {
        var office = new Actor("u-office", Roles.Coordinator, null);
        NewEvent Encode(IDomainEvent e) => EventCodec.Encode(new TrailEntry(e, office, at, null));
        var ids = Enumerable.Range(1, items).Select(i => $"{plan}.{i}").ToList();
        await store.AppendAsync(StreamIds.Plan(plan), 0, [Encode(new PlanCreated($"计划 {plan}", null, new DateOnly(2022, 1, 1), Targets)),
            .. ids.Select(id => Encode(new PlanItemAdded(id, id)))], []);
        foreach (var id in ids)
        {
            await store.AppendAsync(StreamIds.Item(id), 0, [Encode(new ItemDefined(plan, new ItemSpec(id, $"事项 {id}", null, new DateOnly(2022, 12, 31), [], [], [])))], []);
        }

        return 1 + items * 2;
    }

    private static readonly Target[] Targets =
    [
        new("新增就业46万人以上", 460_000, "人", ">=", "新增就业"),
        new("资金到位率95%以上", 95, "%", ">=", "资金到位率"),
    ];

    // A year of one assignment: opened, acknowledged (one in ten late), twelve monthly reports (one in eight late,
    // one in ten returned), an urging on each late one.
    private static List<NewEvent> Year(string item, string plan, string agency, AssignmentRole role, DateTimeOffset opened, Random random, AssignmentState state)
    {
        var agencyActor = new Actor($"u-{agency}", Roles.Agency, agency);
        var office = new Actor("u-office", Roles.Coordinator, null);
        var list = new List<NewEvent>();
        void Add(IDomainEvent e, Actor who, DateTimeOffset at)
        {
            var entry = new TrailEntry(e, who, at, null);
            state.Apply(entry);
            list.Add(EventCodec.Encode(entry));
        }

        var ackBy = opened.AddDays(3);
        Add(new AssignmentOpened(new AssignmentOpening(item, plan, item, $"事项 {item}", agency, role, "standard", 1, ackBy, new DateOnly(2022, 12, 31), new DateTimeOffset(2022, 12, 31, 15, 59, 59, TimeSpan.Zero))), office, opened);
        var acked = random.Next(10) == 0 ? ackBy.AddDays(2) : opened.AddDays(1);
        Add(new AssignmentAcknowledged(new Responsible("张三", null, null)), agencyActor, acked);
        var periods = Enumerable.Range(1, 12).Select(m => new ReportPeriod($"2022-{m:00}", new DateOnly(2022, m, 1), new DateOnly(2022, m, 1).AddMonths(1).AddDays(-1),
            new DateTimeOffset(2022, m, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1).AddDays(7))).ToList();
        Add(new ReportsScheduled(periods), agencyActor, acked);
        for (var n = 1; n <= 12; n++)
        {
            var due = periods[n - 1].DueAt;
            var late = random.Next(8) == 0;
            if (late)
            {
                Add(new EscalationReached("report", agency, "urge", 1, due.AddDays(1), ["liaison"], null, null, periods[n - 1].Name), Actor.System, due.AddDays(1));
            }

            var at = late ? due.AddDays(3) : due.AddDays(-2);
            // Monthly figures for the plan's targets: a month's new jobs, and the rate as it stands.
            Add(new ReportSubmitted(n, $"第 {n} 期进展", [new Indicator("新增就业", random.Next(50, 150), "人"), new Indicator("资金到位率", 80 + n, "%")], periods[n - 1].Name), agencyActor, at);
            Add(random.Next(10) == 0 ? new ReportReturned(n, "数据不全") : new ReportAccepted(n, null), office, at.AddDays(1));
        }

        return list;
    }

    private static async Task AppendAsync(SqliteEventStore store, string stream, int count) =>
        await store.AppendAsync(stream, 0, [.. Enumerable.Range(0, count).Select(_ => EventCodec.Encode(new TrailEntry(
            new AssignmentOpened(new AssignmentOpening("late", "p1", "late", "新事项", "ag0", AssignmentRole.Lead, "standard", 1, DateTimeOffset.UtcNow, null)),
            Actor.System, new DateTimeOffset(2022, 12, 30, 0, 0, 0, TimeSpan.Zero), null)))], []);

    private static async Task<double> TimeAsync<T>(Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        await run();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }
}
