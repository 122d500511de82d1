namespace Supervision.Engine.Backup;

/// <summary>
/// What of a data folder a backup holds: the two SQLite files (copied with SQLite's online backup), and the folders
/// of files written once and never changed (keys, signed checkpoints, attachments). Logs, the initial admin's
/// password and simulations stay out.
/// </summary>
public static class DataFolderLayout
{
    public const string Database = "supervision.db";

    public const string Quartz = "quartz.db";

    /// <summary>A PostgreSQL store's backup holds the database as this <c>pg_dump --format=custom</c> file instead.</summary>
    public const string Dump = "supervision.dump";

    public const string Checkpoints = "checkpoints";

    public static readonly string[] Databases = [Database, Quartz];

    /// <summary>Folders copied as files, after the databases: whatever the copied store names is already there.</summary>
    public static readonly string[] FileFolders = ["keys", "attachments"];

    /// <summary>The files under <paramref name="folder"/> of <paramref name="dataDirectory"/>, as archive paths (forward slashes), half-written ones left out.</summary>
    public static IEnumerable<string> FilesUnder(string dataDirectory, string folder)
    {
        var root = Path.Combine(dataDirectory, folder);
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".partial", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(dataDirectory, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
            : [];
    }
}
