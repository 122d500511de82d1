using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Supervision.Engine.Trail;

/// <summary>Opens connections to the store's file with the pragmas every connection must carry.</summary>
internal sealed class SqliteConnections(SqliteStoreOptions options)
{
    private static readonly object Configured = new();

    private readonly string _writer = ConnectionString(options.DatabasePath, pooling: false);
    private readonly string _reader = ConnectionString(options.DatabasePath, pooling: true);
    // The native handles whose pragmas are set: a pooled reader comes back with them, and setting them again
    // parsed four statements on every read (every request's token lookup, every command's guard query).
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];

    /// <summary>The single writing connection; not pooled, so disposing the store really closes the file.</summary>
    public SqliteConnection OpenWriter() => Open(_writer, readOnly: false);

    /// <summary>A pooled reading connection; <c>query_only</c> makes any write attempt fail instead of bypassing the writer.</summary>
    public SqliteConnection OpenReader() => Open(_reader, readOnly: true);

    public void ReleaseReaders()
    {
        using var connection = new SqliteConnection(_reader);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection Open(string connectionString, bool readOnly)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            if (readOnly && _configured.TryGetValue(connection.Handle!, out _))
            {
                return connection;
            }

            using var pragmas = connection.CreateCommand();
            // synchronous=FULL: in WAL mode every COMMIT is fsynced, so an acknowledged append survives a crash.
            pragmas.CommandText =
                $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; " +
                "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; " +
                $"PRAGMA query_only = {(readOnly ? "ON" : "OFF")};";
            pragmas.ExecuteNonQuery();
            if (readOnly)
            {
                _configured.AddOrUpdate(connection.Handle!, Configured);
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static string ConnectionString(string path, bool pooling) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = pooling,
        // Pooled readers get foreign_keys from the pragmas, once per native handle, not from the string on every open.
        ForeignKeys = pooling ? null : true,
    }.ToString();
}
