using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Deadlines.Quartz;

/// <summary>
/// When the silo is up, makes sure a firing exists for the earliest next rung of the open obligations: whatever fell
/// due while the host was down is swept once, at once, and a firing lost in a crash is made again.
/// </summary>
public sealed class DeadlineStart(ITables tables, IDeadlineTriggers triggers, ILogger<DeadlineStart> log) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DeadlineStart), ServiceLifecycleStage.Active, StartAsync);

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await DeadlineRows.NextAsync(tables, cancellationToken) is { } next)
        {
            await triggers.EnsureAsync(next, cancellationToken);
            log.LogInformation("Deadlines: the earliest next ladder step is at {Next}; its firing is scheduled", next);
        }
    }
}
