namespace Supervision.Engine.Backup;

/// <summary>Where and how many: <c>Supervision:Backup:Directory</c> (absolute), <c>Keep</c>, and the data folder backed up.</summary>
public sealed record ScheduledBackup(string DataDirectory, string Directory, int Keep)
{
    public const string Prefix = "supervision-";

    public const string Suffix = ".tar.gz";

    /// <summary>The archives written here, oldest first (their names sort by time).</summary>
    public IEnumerable<string> Archives() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.GetFiles(Directory, $"{Prefix}*{Suffix}").Order(StringComparer.Ordinal)
        : [];
}
