using Quartz;

namespace Supervision.Engine.Deadlines.Quartz;

/// <summary>
/// The one Quartz job: a thin hand-over of the firing's instant to the sweep. Firings never overlap; one that was missed
/// while the host was down fires once when it starts again, and the sweep finds everything due by then.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DeadlineJob(DeadlineSweep sweep, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("deadline-sweep", QuartzDeadlineTriggers.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduled = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var now = clock.GetUtcNow();
        await sweep.RunAsync(scheduled > now ? scheduled : now, cancellationToken);
    }
}
