using System.Reflection;
using Supervision.Engine.Backup;
using Supervision.Engine.Metrics;

namespace Supervision.Host.Metrics;

/// <summary>
/// What <c>GET /api/v1/admin/status</c> answers: the figures of the status page and the gauges of <c>/metrics</c> (one
/// <see cref="OperatingFigures"/> reading), with the version, the store, the cluster and the last backup failure.
/// </summary>
/// <param name="Store"><c>sqlite</c> or <c>postgres</c>.</param>
/// <param name="Members">Active cluster members; 1 for a single node.</param>
/// <param name="LastBackup">When the last backup succeeded, or null.</param>
/// <param name="LastBackupFailure">The last backup that failed, when it ran after the last success; otherwise null.</param>
public sealed record AdminStatus(
    DateTimeOffset At,
    string Version,
    string Store,
    bool Clustered,
    int Members,
    long ReactionsPending,
    long ReactionsFailed,
    long NoticesFailed,
    IReadOnlyDictionary<string, long> OpenByKind,
    IReadOnlyDictionary<string, long> OverdueByStep,
    DateTimeOffset? CheckpointAt,
    double? CheckpointAgeSeconds,
    DateTimeOffset? LastBackup,
    BackupFailureStatus? LastBackupFailure,
    long? DiskFreeBytes)
{
    public static string HostVersion { get; } =
        typeof(AdminStatus).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "—";

    public static AdminStatus Of(OperatingFigures f, BackupStatus backup, Configuration.SupervisionOptions options, int members) => new(
        f.At, HostVersion, options.Store, options.Clustered, options.Clustered ? members : 1,
        f.ReactionsPending, f.ReactionsFailed, f.NoticesFailed, f.OpenByKind, f.OverdueByStep,
        f.CheckpointAt, f.CheckpointAgeSeconds, f.LastBackup, BackupFailureStatus.Of(backup, f.LastBackup), f.DiskFreeBytes);
}
