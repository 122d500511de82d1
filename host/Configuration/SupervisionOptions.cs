using System.ComponentModel.DataAnnotations;

namespace Supervision.Host.Configuration;

/// <summary>The host's settings, from appsettings.json and <c>SUPERVISION__…</c> environment variables.</summary>
public sealed class SupervisionOptions
{
    public const string Section = "Supervision";

    /// <summary>Where the database, logs and the initial admin password live.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Largest request body accepted, in bytes.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Orleans silo port and gateway port (with either kind of clustering).</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>How often a signed checkpoint of the trail's heads is written to <c>checkpoints/</c> (only when the log moved).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "CheckpointEvery must be between 00:00:01 and 7.00:00:00 (seven days).")]
    public TimeSpan CheckpointEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Signed checkpoints, outside the database file.</summary>
    public string CheckpointDirectory => Path.Combine(Path.GetFullPath(DataDirectory), "checkpoints");

    /// <summary>Cookie keys and the checkpoint signing key.</summary>
    public string KeysDirectory => Path.Combine(Path.GetFullPath(DataDirectory), "keys");

    /// <summary>Which store holds the trail and the read models: <c>sqlite</c> (embedded, the default) or <c>postgres</c> (<see cref="Postgres"/>).</summary>
    [Required]
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "must be 'sqlite' (the embedded store) or 'postgres' (with Supervision:Postgres)")]
    public string Store { get; set; } = "sqlite";

    /// <summary>How the silos find each other: <c>localhost</c> (one node, the embedded default) or <c>postgres</c> (Orleans' ADO.NET membership in <see cref="Postgres"/>).</summary>
    [Required]
    [RegularExpression("^(localhost|postgres)$", ErrorMessage = "must be 'localhost' (one node) or 'postgres' (a cluster sharing the database of Supervision:Postgres)")]
    public string Cluster { get; set; } = "localhost";

    /// <summary>The Npgsql connection string of the PostgreSQL store (when <see cref="Store"/> is <c>postgres</c>), also the cluster's membership and Quartz's firings.</summary>
    public string? Postgres { get; set; }

    /// <summary>Where the chosen store lives: the database file (sqlite) or the connection string (postgres).</summary>
    public string StoreLocation => Store == Engine.Hosting.StoreSetup.Postgres ? Postgres ?? "" : DatabasePath;

    /// <summary>Names one cluster among others in the same database (Orleans' ClusterId and ServiceId).</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]{1,100}$", ErrorMessage = "must be 1–100 letters, digits, '.', '_' or '-'")]
    public string ClusterId { get; set; } = "supervision";

    /// <summary>The address other silos reach this one at (an IP); none: loopback for <c>localhost</c>, this machine's own address for <c>postgres</c>.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Whether the cluster is one of several nodes on a shared database.</summary>
    public bool Clustered => Cluster == "postgres";

    /// <summary>How reactions are retried (<c>Supervision:Reactions:MaxAttempts</c>, <c>FirstBackoff</c>, <c>MaxBackoff</c>, <c>Concurrency</c>, <c>Lease</c>, <c>PollInterval</c>).</summary>
    public Engine.Reactions.ReactionOptions Reactions { get; set; } = new();

    /// <summary>
    /// The office's time zone (IANA id): due dates are counted and end at the definition's cut-off time in it, and stored in UTC.
    /// One setting for the installation; a per-plan zone is not offered yet.
    /// </summary>
    [Required]
    public string TimeZone { get; set; } = Supervision.Workflows.Calendar.DueTimes.DefaultZoneId;

    /// <summary>The mail server (<c>Supervision:Smtp:Host</c>, <c>Port</c>, <c>Security</c>, <c>User</c>, <c>Password</c>, <c>From</c> …); no host: <c>.eml</c> files in <c>mail-pickup/</c>.</summary>
    public Engine.Notices.Mail.SmtpOptions Smtp { get; set; } = new();

    /// <summary>The office's addresses, the notices' language, links and digests (<c>Supervision:Notices:*</c>).</summary>
    public Engine.Notices.NoticeOptions Notices { get; set; } = new();

    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), "supervision.db");

    /// <summary>How a deadline firing fans out (<c>Supervision:Deadlines:Concurrency</c>, <c>BatchSize</c>, <c>RetryAfter</c>), and Quartz's cluster check-in (<c>CheckinInterval</c>).</summary>
    public Engine.Deadlines.DeadlineOptions Deadlines { get; set; } = new();

    /// <summary>Secrets every node shares (<c>Supervision:Keys:NoticeLink</c>, <c>NoticeLinkFile</c>).</summary>
    public Keys.KeySettings Keys { get; set; } = new();

    /// <summary>Scheduled backups of the embedded store (<c>Supervision:Backup:Cron</c>, <c>Directory</c>, <c>Keep</c>, <c>Enabled</c>).</summary>
    public Backup.BackupOptions Backup { get; set; } = new();

    /// <summary>How many days of log files are kept (<c>Supervision:Logs:KeepDays</c>, default 180).</summary>
    public Retention.RetentionSettings.LogSettings Logs { get; set; } = new();

    /// <summary>How long an uncommitted import draft is kept (<c>Supervision:Import:DraftDays</c>, default 30).</summary>
    public Engine.Import.Drafts.ImportDraftOptions Import { get; set; } = new();

    /// <summary><c>Supervision:Metrics</c>: the <c>/metrics</c> endpoint (on by default).</summary>
    public Metrics.MetricsSettings Metrics { get; set; } = new();

    /// <summary><c>Supervision:Otlp</c>: where traces and metrics go over OTLP (off while unset).</summary>
    public Metrics.OtlpSettings Otlp { get; set; } = new();

    /// <summary>Quartz.NET's persistent store of deadline firings, a SQLite file of its own beside the trail.</summary>
    public string QuartzDatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), "quartz.db");
}
