using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Supervision.Engine.Trail;

/// <summary>
/// The embedded event store: one SQLite file in WAL mode, every write through one group-committing writer,
/// reads on their own pooled connections, WAL pages moved into the file by a checkpointer of its own.
/// </summary>
public sealed class SqliteEventStore : EventStoreCore
{
    private readonly SqliteStoreOptions _options;
    private readonly SqliteConnections _connections;
    private SqliteCheckpointer? _checkpointer;

    /// <summary>Creates a store over <see cref="SqliteStoreOptions.DatabasePath"/>; nothing is opened before <see cref="EventStoreCore.InitializeAsync"/>.</summary>
    public SqliteEventStore(SqliteStoreOptions options, IEnumerable<Migration> migrations, ILogger<SqliteEventStore>? logger = null)
        : this(new SqliteDialect(new SqliteConnections(Checked(options))), options, migrations, logger ?? NullLogger<SqliteEventStore>.Instance)
    {
    }

    private SqliteEventStore(SqliteDialect dialect, SqliteStoreOptions options, IEnumerable<Migration> migrations, ILogger logger)
        : base(dialect, migrations, options.MaxBatchSize, options.Time, logger)
    {
        _options = options;
        _connections = dialect.Connections;
    }

    private protected override Task<IWriteConnection> StartAsync(CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(_options.DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = _connections.OpenWriter();
        try
        {
            // WAL is a property of the file: set once, it lets readers run beside the writer.
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                var mode = wal.ExecuteScalar() as string;
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    Logger.LogWarning("Event store {Path} runs in journal mode {Mode}, not WAL", _options.DatabasePath, mode);
                }
            }

            Schema.Apply(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        // The checkpointer moves WAL pages, so a commit only appends to the WAL and never waits for a checkpoint.
        using (var noAutoCheckpoint = connection.CreateCommand())
        {
            noAutoCheckpoint.CommandText = "PRAGMA wal_autocheckpoint = 0;";
            noAutoCheckpoint.ExecuteNonQuery();
        }

        _checkpointer = new SqliteCheckpointer(_connections.OpenWriter(), Logger);
        return Task.FromResult<IWriteConnection>(new SqliteWriteConnection(connection));
    }

    private protected override ValueTask StopAsync()
    {
        _checkpointer?.Dispose();
        _connections.ReleaseReaders();
        return ValueTask.CompletedTask;
    }

    private static SqliteStoreOptions Checked(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath);
        return options;
    }
}
