using System.Data;
using System.Data.Common;
using Npgsql;

namespace Supervision.Engine.Trail.Postgres;

/// <summary>
/// The writer loop's side of a PostgreSQL transaction. Each transaction first takes the append advisory lock, so the
/// log is written by one transaction at a time across every node: positions are given here as the last one plus one,
/// gap-free and in commit order, and the log chain continues from the head read under the lock. Stream heads are
/// read each time (another node may have appended since), never cached.
/// </summary>
internal sealed class PostgresWriteSession(NpgsqlDataSource source) : IWriteSession
{
    private static readonly string InsertSql = $"""
        INSERT INTO events (position, {StoredEventRows.Columns.Replace("position, ", "", StringComparison.Ordinal)})
        VALUES (@position, @stream, @version, @type, @payload, @user, @role, @agency, @at, @correlation, @prev, @hash, @log);
        """;

    private static readonly (string Name, NpgsqlTypes.NpgsqlDbType Type)[] InsertParameters =
    [
        ("position", NpgsqlTypes.NpgsqlDbType.Bigint), ("stream", NpgsqlTypes.NpgsqlDbType.Text), ("version", NpgsqlTypes.NpgsqlDbType.Bigint),
        ("type", NpgsqlTypes.NpgsqlDbType.Text), ("payload", NpgsqlTypes.NpgsqlDbType.Text), ("user", NpgsqlTypes.NpgsqlDbType.Text),
        ("role", NpgsqlTypes.NpgsqlDbType.Text), ("agency", NpgsqlTypes.NpgsqlDbType.Text), ("at", NpgsqlTypes.NpgsqlDbType.Text),
        ("correlation", NpgsqlTypes.NpgsqlDbType.Text), ("prev", NpgsqlTypes.NpgsqlDbType.Text), ("hash", NpgsqlTypes.NpgsqlDbType.Text),
        ("log", NpgsqlTypes.NpgsqlDbType.Text),
    ];

    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private long _position;
    private string _logHash = TrailHash.Genesis;
    private (long Position, string LogHash) _saved;

    public DbTransaction Begin()
    {
        if (_connection is not { FullState: ConnectionState.Open })
        {
            _connection?.Dispose();
            _connection = PostgresConnections.Open(source);
        }

        _transaction = _connection.BeginTransaction();
        using var head = Command($"SELECT pg_advisory_xact_lock({PostgresDialect.AppendLock}); SELECT position, log_hash FROM events ORDER BY position DESC LIMIT 1;");
        using var reader = head.ExecuteReader();
        reader.NextResult();
        (_position, _logHash) = reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0L, TrailHash.Genesis);
        return _transaction;
    }

    public void Save()
    {
        Run("SAVEPOINT command;");
        _saved = (_position, _logHash);
    }

    public void Release() => Run("RELEASE SAVEPOINT command;");

    public void Undo()
    {
        Run("ROLLBACK TO SAVEPOINT command; RELEASE SAVEPOINT command;");
        (_position, _logHash) = _saved;
    }

    public IReadOnlyList<StoredEvent> Append(string streamId, long expectedVersion, PreparedEvent[] events, IReadOnlyList<ProjectionWrite> projections)
    {
        var (version, previousHash) = Head(streamId);
        if (version != expectedVersion)
        {
            throw new StreamConcurrencyException(streamId, expectedVersion, version);
        }

        var stored = new StoredEvent[events.Length];
        using var insert = Command(InsertSql);
        foreach (var (name, type) in InsertParameters)
        {
            insert.Parameters.Add(new NpgsqlParameter(name, type));
        }

        for (var i = 0; i < events.Length; i++)
        {
            stored[i] = Insert(insert, streamId, events[i], previousHash);
            previousHash = stored[i].Hash;
        }

        Execute(projections);
        return stored;
    }

    public int Execute(IReadOnlyList<ProjectionWrite> statements)
    {
        var changed = 0;
        foreach (var write in statements)
        {
            using var command = Command(write.Sql);
            PostgresParameters.Bind(command, write.Parameters);
            changed += command.ExecuteNonQuery();
        }

        return changed;
    }

    public void Forget(string? streamId)
    {
    }

    public void ForgetAll()
    {
    }

    public void Dispose() => _connection?.Dispose();

    private (long Version, string Hash) Head(string streamId)
    {
        using var head = Command("SELECT version, hash FROM events WHERE stream_id = @stream ORDER BY version DESC LIMIT 1;");
        head.Parameters.AddWithValue("stream", streamId);
        using var reader = head.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0, TrailHash.Genesis);
    }

    private StoredEvent Insert(NpgsqlCommand insert, string streamId, PreparedEvent prepared, string previousHash)
    {
        var e = prepared.Event;
        var hash = TrailHash.Compute(previousHash, prepared.CanonicalBytes);
        var logHash = TrailHash.Log(_logHash, hash);
        var position = _position + 1;
        // Values set on parameters added once: clearing and re-adding them on an auto-prepared command re-sent the
        // first event's values for the second event of an append (found on the host, after the fifth use).
        object?[] values = [position, streamId, prepared.Version, e.Type, e.Payload, e.Actor.UserId, e.Actor.Role, e.Actor.AgencyId,
            TrailTime.Format(prepared.At), e.CorrelationId, previousHash, hash, logHash];
        for (var i = 0; i < values.Length; i++)
        {
            insert.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        insert.ExecuteNonQuery();
        (_position, _logHash) = (position, logHash);
        return new StoredEvent(streamId, prepared.Version, position, e.Type, e.Payload, e.Actor, prepared.At, e.CorrelationId, previousHash, hash)
        {
            LogHash = logHash,
        };
    }

    private void Run(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private NpgsqlCommand Command(string sql) => new(sql, _connection, _transaction);
}
