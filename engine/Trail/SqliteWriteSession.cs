using Microsoft.Data.Sqlite;

namespace Supervision.Engine.Trail;

/// <summary>
/// What the writer loop does inside a transaction: check a stream's version, chain and insert its events,
/// run projections. Owns the writer connection, its prepared statements and the cache of stream heads.
/// </summary>
internal sealed class SqliteWriteSession : IWriteSession
{
    private const int MaxCachedHeads = 100_000;
    private const int MaxCachedStatements = 256;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _head;
    private readonly SqliteCommand _logHead;
    private readonly SqliteCommand _insert;
    // Savepoint statements prepared once: SqliteTransaction.Save/Release would parse a new statement per append.
    private readonly SqliteCommand _save;
    private readonly SqliteCommand _release;
    private readonly SqliteCommand _rollbackTo;
    // Head (version, hash) per stream as of the current transaction: saves a read per append on busy streams.
    private readonly Dictionary<string, (long Version, string Hash)> _heads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;
    // The log chain's head: read when a transaction begins (it holds the write lock), carried from insert to insert,
    // and put back when a savepoint is undone.
    private string _logHash = TrailHash.Genesis;
    private string _savedLogHash = TrailHash.Genesis;

    public SqliteWriteSession(SqliteConnection connection)
    {
        _connection = connection;
        _head = connection.CreateCommand();
        _head.CommandText = "SELECT version, hash FROM events WHERE stream_id = @stream ORDER BY version DESC LIMIT 1;";
        _head.Parameters.Add("@stream", SqliteType.Text);
        _logHead = Prepared(connection, "SELECT log_hash FROM events ORDER BY position DESC LIMIT 1;");
        _save = Prepared(connection, "SAVEPOINT command;");
        _release = Prepared(connection, "RELEASE command;");
        _rollbackTo = Prepared(connection, "ROLLBACK TO command;");
        _insert = connection.CreateCommand();
        _insert.CommandText = $"""
            INSERT INTO events ({StoredEventRows.Columns.Replace("position, ", "", StringComparison.Ordinal)})
            VALUES (@stream, @version, @type, @payload, @user, @role, @agency, @at, @correlation, @prev, @hash, @log)
            RETURNING position;
            """;
        foreach (var name in new[] { "@stream", "@version", "@type", "@payload", "@user", "@role", "@agency", "@at", "@correlation", "@prev", "@hash", "@log" })
        {
            _insert.Parameters.Add(name, name == "@version" ? SqliteType.Integer : SqliteType.Text);
        }
    }

    public System.Data.Common.DbTransaction Begin()
    {
        _transaction = _connection.BeginTransaction(deferred: false);
        _head.Transaction = _transaction;
        _logHead.Transaction = _transaction;
        _insert.Transaction = _transaction;
        _save.Transaction = _transaction;
        _release.Transaction = _transaction;
        _rollbackTo.Transaction = _transaction;
        foreach (var statement in _statements.Values)
        {
            statement.Transaction = _transaction;
        }

        _logHash = _logHead.ExecuteScalar() as string ?? TrailHash.Genesis;
        return _transaction;
    }

    /// <summary>Opens the savepoint that isolates one write inside the batch's transaction.</summary>
    public void Save()
    {
        _save.ExecuteNonQuery();
        _savedLogHash = _logHash;
    }

    /// <summary>Keeps the write since <see cref="Save"/>.</summary>
    public void Release() => _release.ExecuteNonQuery();

    /// <summary>Undoes the write since <see cref="Save"/> and closes its savepoint.</summary>
    public void Undo()
    {
        _rollbackTo.ExecuteNonQuery();
        _release.ExecuteNonQuery();
        _logHash = _savedLogHash;
    }

    public IReadOnlyList<StoredEvent> Append(string streamId, long expectedVersion, PreparedEvent[] events, IReadOnlyList<ProjectionWrite> projections)
    {
        var (version, previousHash) = Head(streamId);
        if (version != expectedVersion)
        {
            throw new StreamConcurrencyException(streamId, expectedVersion, version);
        }

        var stored = new StoredEvent[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            stored[i] = Insert(streamId, events[i], previousHash);
            previousHash = stored[i].Hash;
        }

        Execute(projections);
        if (_heads.Count >= MaxCachedHeads)
        {
            _heads.Clear();
        }

        _heads[streamId] = (expectedVersion + events.Length, previousHash);
        return stored;
    }

    public int Execute(IReadOnlyList<ProjectionWrite> statements)
    {
        var changed = 0;
        foreach (var write in statements)
        {
            var command = Statement(write.Sql);
            SqliteParameters.Bind(command, write.Parameters);
            changed += command.ExecuteNonQuery();
        }

        return changed;
    }

    /// <summary>Called when a savepoint rolled back: the cached head may describe rows that no longer exist.</summary>
    public void Forget(string? streamId)
    {
        if (streamId is not null)
        {
            _heads.Remove(streamId);
        }
    }

    public void ForgetAll() => _heads.Clear();

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _head.Dispose();
        _logHead.Dispose();
        _insert.Dispose();
        _save.Dispose();
        _release.Dispose();
        _rollbackTo.Dispose();
        _connection.Dispose();
    }

    private static SqliteCommand Prepared(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private (long Version, string Hash) Head(string streamId)
    {
        if (_heads.TryGetValue(streamId, out var head))
        {
            return head;
        }

        _head.Parameters["@stream"].Value = streamId;
        using var reader = _head.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0, TrailHash.Genesis);
    }

    private StoredEvent Insert(string streamId, PreparedEvent prepared, string previousHash)
    {
        var e = prepared.Event;
        var hash = TrailHash.Compute(previousHash, prepared.CanonicalBytes);
        var logHash = TrailHash.Log(_logHash, hash);
        var p = _insert.Parameters;
        p["@stream"].Value = streamId;
        p["@version"].Value = prepared.Version;
        p["@type"].Value = e.Type;
        p["@payload"].Value = e.Payload;
        p["@user"].Value = e.Actor.UserId;
        p["@role"].Value = e.Actor.Role;
        p["@agency"].Value = (object?)e.Actor.AgencyId ?? DBNull.Value;
        p["@at"].Value = TrailTime.Format(prepared.At);
        p["@correlation"].Value = (object?)e.CorrelationId ?? DBNull.Value;
        p["@prev"].Value = previousHash;
        p["@hash"].Value = hash;
        p["@log"].Value = logHash;
        var position = (long)_insert.ExecuteScalar()!;
        _logHash = logHash;
        return new StoredEvent(streamId, prepared.Version, position, e.Type, e.Payload, e.Actor, prepared.At, e.CorrelationId, previousHash, hash)
        {
            LogHash = logHash,
        };
    }

    private SqliteCommand Statement(string sql)
    {
        if (_statements.TryGetValue(sql, out var cached))
        {
            return cached;
        }

        // Projections repeat the same few statements; keeping them prepared spares SQLite a parse per append.
        if (_statements.Count >= MaxCachedStatements)
        {
            foreach (var statement in _statements.Values)
            {
                statement.Dispose();
            }

            _statements.Clear();
        }

        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        _statements[sql] = command;
        return command;
    }
}
