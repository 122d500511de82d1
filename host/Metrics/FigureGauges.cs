using System.Diagnostics.Metrics;
using Supervision.Engine.Metrics;

namespace Supervision.Host.Metrics;

/// <summary>
/// The gauges read from <see cref="FiguresQuery"/> (cached a few seconds), on a meter of this host's own so that a second
/// host in the same process (the tests) reports its own store. Created when the host starts.
/// </summary>
public sealed class FigureGauges(IMeterFactory meters, FiguresQuery figures, ILogger<FigureGauges> logger) : IHostedService
{
    private Meter? _meter;
    private OperatingFigures? _lastGood;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _meter = meters.Create(Telemetry.Name);
        _meter.CreateObservableGauge("supervision_reactions_pending", () => Read().ReactionsPending, description: "Reactions waiting to be carried out.");
        _meter.CreateObservableGauge("supervision_reactions_failed", () => Read().ReactionsFailed, description: "Reactions parked after failing.");
        _meter.CreateObservableGauge("supervision_obligations_open", () => Read().OpenByKind.Select(k => new Measurement<long>(k.Value, new KeyValuePair<string, object?>("kind", k.Key))),
            description: "Open obligations by kind.");
        _meter.CreateObservableGauge("supervision_obligations_overdue", () => Read().OverdueByStep.Select(s => new Measurement<long>(s.Value, new KeyValuePair<string, object?>("step", s.Key))),
            description: "Open obligations past due, by the ladder step reached.");
        _meter.CreateObservableGauge("supervision_notices_failed", () => Read().NoticesFailed, description: "Notices that failed for good.");
        _meter.CreateObservableGauge("supervision_checkpoint_age_seconds", () => Read().CheckpointAgeSeconds is { } age ? [new Measurement<double>(age)] : Array.Empty<Measurement<double>>(),
            description: "Age of the newest signed checkpoint.");
        _meter.CreateObservableGauge("supervision_backup_last_success_timestamp", () => Read().LastBackup is { } at ? [new Measurement<double>(at.ToUnixTimeSeconds())] : Array.Empty<Measurement<double>>(),
            description: "Unix time of the last successful backup.");
        _meter.CreateObservableGauge("supervision_data_disk_free_bytes", () => Read().DiskFreeBytes is { } free ? [new Measurement<long>(free)] : Array.Empty<Measurement<long>>(),
            description: "Free bytes on the disk holding the data folder.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _meter?.Dispose();
        return Task.CompletedTask;
    }

    // The exporter collects synchronously; the figures are cached, so at most one scrape in a few seconds waits on the store.
    // A reading that fails (the store busy or going away) must not take every gauge out of the scrape: the last good
    // reading stands, and the failure is logged.
    private OperatingFigures Read()
    {
        try
        {
            return _lastGood = figures.ReadAsync().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Reading the operating figures for the metrics failed; the last reading stands");
            if (_lastGood is null)
            {
                throw;
            }

            return _lastGood;
        }
    }
}
