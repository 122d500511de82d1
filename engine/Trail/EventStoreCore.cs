using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace Supervision.Engine.Trail;

/// <summary>
/// The event store, once for both databases: appends through one group-committing writer whose session keeps the
/// hash chains (<see cref="ChainedWriteSession"/>), reads and heads over the dialect's read connections, the migration
/// runner (<see cref="StoreSchema"/>). <see cref="SqliteEventStore"/> and <see cref="Postgres.PostgresEventStore"/>
/// only open their database and say its words.
/// </summary>
public abstract class EventStoreCore : IEventStore, ITables
{
    private readonly IStoreDialect _dialect;
    private readonly int _maxBatchSize;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private GroupCommitWriter? _writer;
    private bool _disposed;

    private protected EventStoreCore(IStoreDialect dialect, IEnumerable<Migration> migrations, int maxBatchSize, TimeProvider time, ILogger logger)
    {
        _dialect = dialect;
        _maxBatchSize = maxBatchSize;
        Logger = logger;
        Schema = new StoreSchema(dialect, migrations, time, logger);
    }

    /// <summary>How many transactions the writer has committed; fewer than appends when group commit is batching.</summary>
    public long CommitCount => _writer?.CommitCount ?? 0;

    private protected ILogger Logger { get; }

    private protected StoreSchema Schema { get; }

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _initializing.WaitAsync(cancellationToken);
        try
        {
            if (_writer is null)
            {
                var connection = await StartAsync(cancellationToken);
                _writer = new GroupCommitWriter(new ChainedWriteSession(connection), _maxBatchSize, Logger);
            }
        }
        finally
        {
            _initializing.Release();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> AppendAsync(
        string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, IReadOnlyList<ProjectionWrite> projections,
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
    public Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        return ReadEventsAsync(
            $"SELECT {StoredEventRows.Columns} FROM events WHERE stream_id = @stream AND version > @after ORDER BY version;",
            new Dictionary<string, object?> { ["stream"] = streamId, ["after"] = afterVersion }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> ReadStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streamIds);
        // One list parameter instead of one parameter per stream: no limit on how many streams a trail spans.
        return streamIds.Count == 0 ? Task.FromResult<IReadOnlyList<StoredEvent>>([]) : ReadEventsAsync(
            $"SELECT {StoredEventRows.Columns} FROM events WHERE {_dialect.StreamsIn} ORDER BY position;",
            new Dictionary<string, object?> { ["streams"] = _dialect.StreamList(streamIds) }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> ReadLogAsync(CancellationToken cancellationToken = default) =>
        ReadEventsAsync($"SELECT {StoredEventRows.Columns} FROM events ORDER BY position;", new Dictionary<string, object?>(), cancellationToken);

    /// <inheritdoc />
    public async Task<TrailHeads> ReadHeadsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dialect.OpenReaderAsync(cancellationToken);
        // One snapshot for both queries, so the heads agree with each other.
        await using var snapshot = await _dialect.BeginSnapshotAsync(connection, cancellationToken);
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

        command.CommandText = _dialect.StreamHeads;
        var streams = new List<StreamHead>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                streams.Add(new StreamHead(reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }

        await snapshot.CommitAsync(cancellationToken);
        return new TrailHeads(position, logHash, streams);
    }

    /// <inheritdoc />
    public async Task<List<T>> QueryAsync<T>(
        string sql, IReadOnlyDictionary<string, object?> parameters, Func<DbDataReader, T> map, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(map);
        await using var connection = await _dialect.OpenReaderAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        var result = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = _dialect.Rows(reader);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(map(rows));
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
        }

        await StopAsync();
        _initializing.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens the database, brings its schema up to date (<see cref="Schema"/>) and returns the writer's connection.</summary>
    private protected abstract Task<IWriteConnection> StartAsync(CancellationToken cancellationToken);

    /// <summary>Releases what the database kept open beside the writer, once the writer has stopped.</summary>
    private protected abstract ValueTask StopAsync();

    private GroupCommitWriter Writer =>
        _writer ?? throw new InvalidOperationException("Call InitializeAsync before writing to the event store.");

    private async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string sql, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenReaderAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        return await StoredEventRows.ReadAllAsync(command, cancellationToken);
    }

    private DbCommand Command(DbConnection connection, string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        _dialect.Bind(command, parameters);
        return command;
    }
}
