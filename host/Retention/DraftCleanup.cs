using Supervision.Engine.Import.Drafts;

namespace Supervision.Host.Retention;

/// <summary>
/// Deletes expired import drafts at start and then hourly. Every node of a cluster may run it: the delete is the same
/// statement whoever runs it, and an expired draft is refused on its own before it is deleted.
/// </summary>
public sealed class DraftCleanup(ImportDrafts drafts, ILogger<DraftCleanup> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                if (await drafts.DeleteExpiredAsync(stoppingToken) is > 0 and var deleted)
                {
                    log.LogInformation("Deleted {Count} import drafts that expired uncommitted", deleted);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not delete expired import drafts; trying again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
