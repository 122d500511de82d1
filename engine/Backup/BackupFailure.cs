using Supervision.Engine.Trail.Words;

namespace Supervision.Engine.Backup;

/// <summary>
/// Why a scheduled backup failed, as a code kept in <c>backup-status.json</c> (<c>last_failure_code</c>) and a sentence in
/// each language for the status page: the exception's own text is English and names internals, so it stays in the log.
/// </summary>
public static class BackupFailure
{
    public const string NoStore = "no_store";
    public const string TargetExists = "target_exists";
    public const string NotWritable = "not_writable";
    public const string DiskFull = "disk_full";
    public const string WriteFailed = "write_failed";
    public const string StoreUnreadable = "store_unreadable";

    /// <summary>A failure recorded before codes existed, or one this version does not know.</summary>
    public const string Unknown = "unknown";

    // ENOSPC on Linux and macOS (the raw errno is the HResult there); ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL on Windows.
    private static readonly int[] DiskFullResults = [28, unchecked((int)0x80070070), unchecked((int)0x80070027)];

    public static string Classify(Exception failure) => failure switch
    {
        BackupRefusedException refused => refused.Code ?? Unknown,
        UnauthorizedAccessException => NotWritable,
        IOException io when DiskFullResults.Contains(io.HResult) => DiskFull,
        IOException => WriteFailed,
        Microsoft.Data.Sqlite.SqliteException => StoreUnreadable,
        _ => Unknown,
    };

    public static Word Sentence(string? code) => code switch
    {
        NoStore => new("数据目录中没有内嵌数据库，无从备份（PostgreSQL 存储请用 pg_dump 备份）。",
            "There is no embedded store in the data folder to back up (back up a PostgreSQL store with pg_dump)."),
        TargetExists => new("备份目录中已有同名文件，本次未覆盖它。", "A file of the same name is already in the backup folder; it was not overwritten."),
        NotWritable => new("本系统没有写入备份目录的权限，请检查备份目录的权限设置。", "The host may not write into the backup folder; check its permissions."),
        DiskFull => new("备份目录所在磁盘已满，备份未完成，未留下不完整的文件。", "The backup folder's disk is full; the backup was not completed and nothing half-written was left."),
        WriteFailed => new("备份文件无法写入备份目录：该路径不是可用的文件夹，或写入时出错。详情见主机日志。",
            "The archive could not be written into the backup folder: the path is not a usable folder, or writing failed. The host's log has the details."),
        StoreUnreadable => new("复制内嵌数据库时读取失败。详情见主机日志。", "The embedded store could not be read while it was copied. The host's log has the details."),
        _ => new("备份失败，原因见主机日志（“Scheduled backup to … failed”）。", "The backup failed; the host's log says why (\"Scheduled backup to … failed\")."),
    };
}
