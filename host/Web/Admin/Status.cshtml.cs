using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Access;
using Supervision.Engine.Backup;
using Supervision.Engine.Metrics;
using Supervision.Workflows.Calendar;

namespace Supervision.Host.Web.Admin;

/// <summary>
/// The administrator's status page: the figures <c>/metrics</c> gives (read through the same <see cref="FiguresQuery"/>, so the
/// two never disagree), with the version, the store, the cluster and the last backup, in words and local time. Anyone else: 403.
/// </summary>
public sealed class StatusModel(FiguresQuery figures, Configuration.SupervisionOptions options, Cluster.NodeLiveness nodes, DueTimes due) : UiPage
{
    public OperatingFigures Figures { get; private set; } = null!;

    /// <summary>The backup record, for the last failure and its sentence (the last success is <see cref="OperatingFigures.LastBackup"/>).</summary>
    public BackupStatus Backup { get; private set; } = BackupStatus.None;

    public string Version => Metrics.AdminStatus.HostVersion;

    public bool Postgres => options.Store == Engine.Hosting.StoreSetup.Postgres;

    public bool Clustered => options.Clustered;

    public int Members => nodes.ActiveNodes;

    /// <summary>True when the last backup that ran failed: shown in red with its sentence.</summary>
    public bool BackupFailed => Metrics.BackupFailureStatus.Of(Backup, Figures.LastBackup) is not null;

    /// <summary>Why the last backup failed, in the page's language (the exception's English text stays in the log).</summary>
    public string FailureSentence => BackupFailure.Sentence(Backup.LastFailureCode).In(L.English);

    public async Task<IActionResult> OnGetAsync()
    {
        if (Actor.Role != Roles.Admin)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Figures = await figures.ReadAsync(HttpContext.RequestAborted);
        Backup = BackupStatus.Read(options.DataDirectory);
        return Page();
    }

    public string LocalTime(DateTimeOffset? at) => at is { } instant
        ? TimeZoneInfo.ConvertTime(instant, due.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
        : L["无", "none"];

    /// <summary>An age as people say it: seconds, minutes, hours or days.</summary>
    public string Age(double? seconds) => seconds switch
    {
        null => L["尚无检查点", "no checkpoint yet"],
        < 120 => L[$"{seconds:0} 秒前", $"{seconds:0} seconds ago"],
        < 7200 => L[$"{seconds / 60:0} 分钟前", $"{seconds / 60:0} minutes ago"],
        < 172800 => L[$"{seconds / 3600:0} 小时前", $"{seconds / 3600:0} hours ago"],
        _ => L[$"{seconds / 86400:0} 天前", $"{seconds / 86400:0} days ago"],
    };

    public string Bytes(long? bytes) => bytes switch
    {
        null => L["无法读取", "cannot be read"],
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.0} GB",
        _ => $"{bytes / (double)(1L << 20):0.0} MB",
    };

    /// <summary>An escalation step in words; <see cref="OperatingFigures.NoStep"/> is an overdue obligation no step has reached yet.</summary>
    public string Step(string step) => step == OperatingFigures.NoStep
        ? L["尚未升级", "no step reached yet"]
        : Engine.Trail.Words.LadderWords.Step(step).In(L.English);
}
