using System.Data.Common;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Supervision.Engine.Trail;

/// <summary>
/// The embedded event store: one SQLite file in WAL mode, every write through one group-committing writer,
/// reads on their own pooled connections.
/// </summary>
public sealed class SqliteEventStore : IEventStore, ITables
{
    private readonly SqliteStoreOptions _options;
    private readonly SqliteSchema _schema;
    private readonly SqliteConnections _connections;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private GroupCommitWriter? _writer;
    private SqliteCheckpointer? _checkpointer;
    private bool _disposed;

    /// <summary>Creates a store over <see cref="SqliteStoreOptions.DatabasePath"/>; nothing is opened before <see cref="InitializeAsync"/>.</summary>
    public SqliteEventStore(SqliteStoreOptions options, IEnumerable<Migration> migrations, ILogger<SqliteEventStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath);
        _options = options;
        _logger = logger ?? NullLogger<SqliteEventStore>.Instance;
        _schema = new SqliteSchema(migrations, options, _logger);
        _connections = new SqliteConnections(options);
    }

    /// <summary>How many transactions the writer has committed; fewer than appends when group commit is batching.</summary>
    public long CommitCount => _writer?.CommitCount ?? 0;

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _initializing.WaitAsync(cancellationToken);
        try
        {
            if (_writer is not null)
            {
                return;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(_options.DatabasePath));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var connection = _connections.OpenWriter();
            try
            {
                _schema.Apply(connection);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }

            using (var noAutoCheckpoint = connection.CreateCommand())
            {
                noAutoCheckpoint.CommandText = "PRAGMA wal_autocheckpoint = 0;";
                noAutoCheckpoint.ExecuteNonQuery();
            }

            _checkpointer = new SqliteCheckpointer(_connections.OpenWriter(), _logger);
            _writer = new GroupCommitWriter(new SqliteWriteSession(connection), _options.MaxBatchSize, _logger);
        }
        finally
        {
            _initializing.Release();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> AppendAsync(
        string streamId,
        long expectedVersion,
        IReadOnlyList<NewEvent> events,
        IReadOnlyList<ProjectionWrite> projections,
        CancellationToken cancellationToken = default)
    {
        // Hash input is prepared here, on the caller's thread, in parallel; the writer only chains it.
        var prepared = PreparedEvent.All(streamId, expectedVersion, events, projections);
        return Writer.SubmitAsync(streamId, session => session.Append(streamId, expectedVersion, prepared, projections), cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> ExecuteAsync(IReadOnlyList<ProjectionWrite> statements, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        return Writer.SubmitAsync(null, session => session.Execute(statements), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        await using var connection = _connections.OpenReader();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoredEventRows.Columns} FROM events WHERE stream_id = @stream AND version > @after ORDER BY version;";
        command.Parameters.AddWithValue("@stream", streamId);
        command.Parameters.AddWithValue("@after", afterVersion);
        return await StoredEventRows.ReadAllAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> ReadStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streamIds);
        if (streamIds.Count == 0)
        {
            return [];
        }

        await using var connection = _connections.OpenReader();
        await using var command = connection.CreateCommand();
        // One JSON array parameter instead of one parameter per stream: no limit on how many streams a trail spans.
        command.CommandText = $"SELECT {StoredEventRows.Columns} FROM events WHERE stream_id IN (SELECT value FROM json_each(@streams)) ORDER BY position;";
        command.Parameters.AddWithValue("@streams", JsonSerializer.Serialize(streamIds));
        return await StoredEventRows.ReadAllAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> ReadLogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _connections.OpenReader();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoredEventRows.Columns} FROM events ORDER BY position;";
        return await StoredEventRows.ReadAllAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<TrailHeads> ReadHeadsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = _connections.OpenReader();
        // One deferred (read) transaction: in WAL mode both queries see the same snapshot, so the heads agree with each other.
        await using var snapshot = connection.BeginTransaction(deferred: true);
        await using var command = connection.CreateCommand();
        command.Transaction = snapshot;
        command.CommandText = "SELECT position, log_hash FROM events ORDER BY position DESC LIMIT 1;";
        long position;
        string logHash;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return TrailHeads.Empty;
            }

            (position, logHash) = (reader.GetInt64(0), reader.GetString(1));
        }

        // SQLite returns the other columns of the row that holds MAX(version).
        command.CommandText = "SELECT stream_id, MAX(version), hash FROM events GROUP BY stream_id ORDER BY stream_id;";
        var streams = new List<StreamHead>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                streams.Add(new StreamHead(reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }

        return new TrailHeads(position, logHash, streams);
    }

    /// <inheritdoc />
    public async Task<List<T>> QueryAsync<T>(
        string sql, IReadOnlyDictionary<string, object?> parameters, Func<DbDataReader, T> map, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(map);
        await using var connection = _connections.OpenReader();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        SqliteParameters.Bind(command, parameters);
        var result = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(map(reader));
        }

        return result;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
            _checkpointer?.Dispose();
        }

        _connections.ReleaseReaders();
        _initializing.Dispose();
    }

    private GroupCommitWriter Writer =>
        _writer ?? throw new InvalidOperationException("Call InitializeAsync before writing to the event store.");
}
