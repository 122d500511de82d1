using System.Collections.Concurrent;
using System.Globalization;
using Quartz;

namespace Supervision.Engine.Deadlines.Quartz;

/// <summary>
/// Firings as Quartz.NET triggers in its persistent store, one per distinct instant (<c>deadline-20221008T100000Z</c>):
/// obligations due at the same instant share it, and asking for an instant that has one already changes nothing. A
/// trigger whose instant passed while the host was down fires once at start (misfire: fire now).
/// </summary>
public sealed class QuartzDeadlineTriggers(ISchedulerFactory schedulers, TimeProvider clock) : IDeadlineTriggers
{
    public const string Group = "deadlines";

    // Future instants known to have a trigger, so a burst of commands does not ask the store each time.
    private readonly ConcurrentDictionary<DateTimeOffset, byte> _known = new();

    public static TriggerKey KeyFor(DateTimeOffset at) =>
        new("deadline-" + at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss.fffffff'Z'", CultureInfo.InvariantCulture), Group);

    public async Task EnsureAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        at = at.ToUniversalTime();
        var now = clock.GetUtcNow();
        if (at > now && _known.ContainsKey(at))
        {
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = KeyFor(at);
        if (await scheduler.GetTrigger(key, cancellationToken) is null)
        {
            var trigger = TriggerBuilder.Create()
                .WithIdentity(key)
                .ForJob(DeadlineJob.Key)
                .StartAt(at)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            try
            {
                await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), cancellationToken);
            }
            catch (ObjectAlreadyExistsException)
            {
                // Another caller made it between the check and here: the firing exists, which is all that was asked.
            }
        }

        if (at > now)
        {
            foreach (var past in _known.Keys.Where(k => k <= now))
            {
                _known.TryRemove(past, out _);
            }

            _known[at] = 0;
        }
    }
}
