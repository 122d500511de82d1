using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Supervision.Engine.Trail;

/// <summary>
/// Moves WAL pages into the database file on its own thread and connection. The writer runs with automatic
/// checkpoints off, so a commit never waits for a checkpoint's copy and fsync: it only appends to the WAL.
/// PASSIVE checkpoints never block the writer or readers.
/// </summary>
internal sealed class SqliteCheckpointer : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly SqliteConnection _connection;
    private readonly ILogger _logger;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;

    public SqliteCheckpointer(SqliteConnection connection, ILogger logger)
    {
        _connection = connection;
        _logger = logger;
        _thread = new Thread(Run) { IsBackground = true, Name = "Trail checkpointer" };
        _thread.Start();
    }

    public void Dispose()
    {
        _stop.Set();
        _thread.Join();
        _stop.Dispose();
        _connection.Dispose();
    }

    private void Run()
    {
        using var checkpoint = _connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        while (!_stop.Wait(Interval))
        {
            try
            {
                checkpoint.ExecuteNonQuery();
            }
            catch (SqliteException error)
            {
                // A busy or failed checkpoint loses nothing: the pages stay in the WAL and the next round retries.
                _logger.LogWarning(error, "WAL checkpoint failed; retrying in {Interval}", Interval);
            }
        }

        checkpoint.ExecuteNonQuery();
    }
}
