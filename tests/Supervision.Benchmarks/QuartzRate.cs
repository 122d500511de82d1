using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Supervision.Benchmarks;

/// <summary>
/// Quartz.NET's own rate with one trigger per obligation, on the store the host uses (SQLite persistent store, the
/// schema Quartz provisions, its default thread pool): <c>triggers</c> triggers of a no-op job all due at one instant,
/// timed from that instant until the last has fired.
/// </summary>
public static class QuartzRate
{
    public static async Task<(double PerSecond, TimeSpan Elapsed)> MeasureAsync(string databasePath, int triggers)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(new Counter());
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSqlite(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = true }.ToString());
                store.ProvisionSchema();
            });
        });
        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = JobBuilder.Create<NoOpJob>().WithIdentity("noop").StoreDurably().Build();
        await scheduler.AddJob(job, new AddJobOptions());

        var due = DateTimeOffset.UtcNow.AddSeconds(2 + triggers / 500.0);
        for (var i = 0; i < triggers; i++)
        {
            await scheduler.ScheduleJob(TriggerBuilder.Create().WithIdentity($"t-{i}").ForJob(job.Key).StartAt(due)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build());
        }

        var counter = provider.GetRequiredService<Counter>();
        await scheduler.Start();
        var wait = due - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var watch = Stopwatch.StartNew();
        while (counter.Fired < triggers && watch.Elapsed < TimeSpan.FromMinutes(10))
        {
            await Task.Delay(5);
        }

        var elapsed = watch.Elapsed;
        await scheduler.Shutdown(waitForJobsToComplete: true);
        return (counter.Fired / elapsed.TotalSeconds, elapsed);
    }

    public sealed class Counter
    {
        private int _fired;

        public int Fired => Volatile.Read(ref _fired);

        public void Add() => Interlocked.Increment(ref _fired);
    }

    private sealed class NoOpJob(Counter counter) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            counter.Add();
            return ValueTask.CompletedTask;
        }
    }
}
