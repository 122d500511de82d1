namespace Supervision.Engine.Metrics;

/// <summary>
/// The figures an operator watches, read at <see cref="At"/>: the gauges of <c>/metrics</c> and the admin's status page
/// both show these, so the two never disagree.
/// </summary>
/// <param name="OpenByKind">Open obligations by kind (acknowledge, complete, report, …).</param>
/// <param name="OverdueByStep">Open obligations past due by the ladder step reached (<c>none</c> before the first).</param>
/// <param name="CheckpointAt">When the newest signed checkpoint in the data folder was taken, or null when there is none.</param>
/// <param name="LastBackup">When the last backup succeeded, or null when none is known.</param>
/// <param name="DiskFreeBytes">Free bytes on the disk holding the data folder, or null when it cannot be read.</param>
public sealed record OperatingFigures(
    DateTimeOffset At,
    long ReactionsPending,
    long ReactionsFailed,
    IReadOnlyDictionary<string, long> OpenByKind,
    IReadOnlyDictionary<string, long> OverdueByStep,
    long NoticesFailed,
    DateTimeOffset? CheckpointAt,
    DateTimeOffset? LastBackup,
    long? DiskFreeBytes)
{
    /// <summary>The step label of an overdue obligation that has reached no rung yet.</summary>
    public const string NoStep = "none";

    public double? CheckpointAgeSeconds => CheckpointAt is { } at ? Math.Max(0, (At - at).TotalSeconds) : null;
}
