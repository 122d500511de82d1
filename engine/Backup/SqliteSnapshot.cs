using Microsoft.Data.Sqlite;

namespace Supervision.Engine.Backup;

/// <summary>
/// A consistent copy of a live SQLite file with SQLite's online backup API. The store runs in WAL mode, so the copy
/// reads one snapshot while the host keeps committing: no writer waits for it.
/// </summary>
public static class SqliteSnapshot
{
    public static void Copy(string source, string destination)
    {
        using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }
}
