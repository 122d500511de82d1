using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Supervision.Engine.Trail.Postgres;

/// <summary>
/// The cluster's event store on PostgreSQL (Npgsql): the same contract, schema lists and hash chains as SQLite's.
/// Every write of the process goes through one group-committing writer (<see cref="GroupCommitWriter"/>); writers of
/// different nodes take turns on an advisory lock. Commits are synchronous, so a returned append is durable.
/// </summary>
public sealed class PostgresEventStore : IEventStore, ITables
{
    private readonly PostgresStoreOptions _options;
    private readonly PostgresSchema _schema;
    private readonly NpgsqlDataSource _source;
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private GroupCommitWriter? _writer;
    private bool _disposed;
    private readonly ILogger _logger;

    /// <summary>Creates a store over <see cref="PostgresStoreOptions.ConnectionString"/>; nothing is opened before <see cref="InitializeAsync"/>.</summary>
    public PostgresEventStore(PostgresStoreOptions options, IEnumerable<Migration> migrations, ILogger<PostgresEventStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        _options = options;
        _logger = logger ?? NullLogger<PostgresEventStore>.Instance;
        _schema = new PostgresSchema(migrations, options.Time, _logger);
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        // Every command repeats a few statements; prepared once per connection, they skip PostgreSQL's parse and plan.
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }

        // An acknowledged append must survive a crash of the server: never let a session weaken the commit.
        builder.Options = $"{builder.Options} -c synchronous_commit=on".Trim();
        _source = NpgsqlDataSource.Create(builder.ConnectionString);
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

            await using (var connection = await PostgresConnections.OpenAsync(_source, cancellationToken))
            {
                _schema.Apply(connection);
            }

            _writer = new GroupCommitWriter(new PostgresWriteSession(_source), _options.MaxBatchSize, _logger);
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
        return streamIds.Count == 0 ? Task.FromResult<IReadOnlyList<StoredEvent>>([]) : ReadEventsAsync(
            $"SELECT {StoredEventRows.Columns} FROM events WHERE stream_id = ANY(@streams) ORDER BY position;",
            new Dictionary<string, object?> { ["streams"] = streamIds.ToArray() }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> ReadLogAsync(CancellationToken cancellationToken = default) =>
        ReadEventsAsync($"SELECT {StoredEventRows.Columns} FROM events ORDER BY position;", new Dictionary<string, object?>(), cancellationToken);

    /// <inheritdoc />
    public async Task<TrailHeads> ReadHeadsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await PostgresConnections.OpenAsync(_source, cancellationToken);
        // One snapshot for both queries, so the heads agree with each other.
        await using var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT position, log_hash FROM events ORDER BY position DESC LIMIT 1;", connection, snapshot);
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

        // Ordered by bytes (collation "C"), as SQLite orders them, so a checkpoint lists its streams the same on both.
        command.CommandText = """SELECT DISTINCT ON (stream_id COLLATE "C") stream_id, version, hash FROM events ORDER BY stream_id COLLATE "C", version DESC;""";
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
        await using var connection = await PostgresConnections.OpenAsync(_source, cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        PostgresParameters.Bind(command, parameters, nullsAsText: true);
        var result = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var lenient = new LenientReader(reader);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(map(lenient));
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

        await _source.DisposeAsync();
        _initializing.Dispose();
    }

    private GroupCommitWriter Writer =>
        _writer ?? throw new InvalidOperationException("Call InitializeAsync before writing to the event store.");

    private async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(string sql, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await PostgresConnections.OpenAsync(_source, cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value!);
        }

        return await StoredEventRows.ReadAllAsync(command, cancellationToken);
    }
}
