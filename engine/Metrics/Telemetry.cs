using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Supervision.Engine.Metrics;

/// <summary>
/// The engine's own meter and activity source, both named <see cref="Name"/>. Static, as .NET's own are: the writer thread,
/// the grains and the reactions all count into them without a container at hand; nothing is measured until an exporter
/// listens (the host's <c>/metrics</c>, or OTLP when configured).
/// </summary>
public static class Telemetry
{
    public const string Name = "Supervision";

    public static readonly Meter Meter = new(Name);

    public static readonly ActivitySource Source = new(Name);

    // Names are the Prometheus names less the suffix the exporter adds (_total for counters).
    public static readonly Counter<long> Commands = Meter.CreateCounter<long>("supervision_commands", description: "Commands received, by intent and outcome (ok, refused, failed).");

    public static readonly Counter<long> TrailAppends = Meter.CreateCounter<long>("supervision_trail_appends", description: "Events appended to the trail.");

    public static readonly Histogram<int> CommitBatchSize = Meter.CreateHistogram<int>("supervision_commit_batch_size", description: "Writes committed together by one store transaction.",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256] });

    public static readonly Histogram<double> ReactionLag = Meter.CreateHistogram<double>("supervision_reaction_lag_seconds", description: "From an event to the end of a reaction it caused.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 60, 300, 3600] });

    public static readonly Counter<long> Escalations = Meter.CreateCounter<long>("supervision_escalations", description: "Escalation steps reached, by step.");

    public static readonly Counter<long> Notices = Meter.CreateCounter<long>("supervision_notices", description: "Notices settled, by outcome (sent, failed, unaddressed).");
}
