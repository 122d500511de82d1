using Microsoft.Extensions.Logging;
using Quartz;
using Supervision.Engine.Trail;
using Supervision.Workflows.Calendar;

namespace Supervision.Engine.Notices.Digests;

/// <summary>
/// The daily digest, fired by Quartz at <c>Supervision:Notices:DigestHour</c> in the office's zone: sent on working days
/// only (make-up days included, holidays skipped). A firing missed while the host was down fires once at start; sending
/// a day twice sends only what did not go.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DigestJob(DigestSender sender, DueTimes dueTimes, TimeProvider clock, ILogger<DigestJob> log) : IJob
{
    public static readonly JobKey Key = new("daily-digest", "notices");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = dueTimes.LocalDate(clock.GetUtcNow());
        if (!dueTimes.Calendar.IsWorkingDay(today))
        {
            log.LogInformation("No digest on {Day}: not a working day", today);
            return;
        }

        await sender.SendAsync(Actor.System, today, cancellationToken);
    }
}
