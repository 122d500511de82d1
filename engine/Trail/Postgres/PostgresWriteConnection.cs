using System.Data;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Supervision.Engine.Trail.Postgres;

/// <summary>
/// The writer's PostgreSQL connection. Each transaction first takes the append advisory lock, so the log is written by
/// one transaction at a time across every node: positions are given as the last one plus one, gap-free and in commit
/// order, and the log chain continues from the head read under the lock. Stream heads are read each time (another node
/// may have appended since), never cached.
/// </summary>
internal sealed class PostgresWriteConnection(NpgsqlDataSource source) : IWriteConnection
{
    private static readonly string InsertSql = $"""
        INSERT INTO events (position, {StoredEventRows.InsertColumns})
        VALUES (@position, @stream, @version, @type, @payload, @user, @role, @agency, @at, @correlation, @prev, @hash, @log);
        """;

    private static readonly (string Name, NpgsqlDbType Type)[] InsertParameters =
    [
        ("position", NpgsqlDbType.Bigint), ("stream", NpgsqlDbType.Text), ("version", NpgsqlDbType.Bigint),
        ("type", NpgsqlDbType.Text), ("payload", NpgsqlDbType.Text), ("user", NpgsqlDbType.Text),
        ("role", NpgsqlDbType.Text), ("agency", NpgsqlDbType.Text), ("at", NpgsqlDbType.Text),
        ("correlation", NpgsqlDbType.Text), ("prev", NpgsqlDbType.Text), ("hash", NpgsqlDbType.Text),
        ("log", NpgsqlDbType.Text),
    ];

    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private NpgsqlCommand? _insert;

    public (DbTransaction Transaction, long Position, string LogHash) Begin()
    {
        if (_connection is not { FullState: ConnectionState.Open })
        {
            _connection?.Dispose();
            _connection = PostgresConnections.Open(source);
        }

        _transaction = _connection.BeginTransaction();
        _insert?.Dispose();
        // Values set on parameters added once: clearing and re-adding them on an auto-prepared command re-sent the
        // first event's values for the second event of an append (found on the host, after the fifth use).
        _insert = Command(InsertSql);
        foreach (var (name, type) in InsertParameters)
        {
            _insert.Parameters.Add(new NpgsqlParameter(name, type));
        }

        using var head = Command($"SELECT pg_advisory_xact_lock({PostgresDialect.AppendLock}); SELECT position, log_hash FROM events ORDER BY position DESC LIMIT 1;");
        using var reader = head.ExecuteReader();
        reader.NextResult();
        return reader.Read() ? (_transaction, reader.GetInt64(0), reader.GetString(1)) : (_transaction, 0L, TrailHash.Genesis);
    }

    public (long Version, string Hash) Head(string streamId)
    {
        using var head = Command("SELECT version, hash FROM events WHERE stream_id = @stream ORDER BY version DESC LIMIT 1;");
        head.Parameters.AddWithValue("stream", streamId);
        using var reader = head.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0, TrailHash.Genesis);
    }

    public void Remember(string streamId, long version, string hash)
    {
    }

    public void Forget(string? streamId)
    {
    }

    public long Insert(long next, object?[] row)
    {
        var parameters = _insert!.Parameters;
        parameters[0].Value = next;
        for (var i = 0; i < row.Length; i++)
        {
            parameters[i + 1].Value = row[i] ?? DBNull.Value;
        }

        _insert.ExecuteNonQuery();
        return next;
    }

    public void Run(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    public int Execute(ProjectionWrite write)
    {
        using var command = Command(write.Sql);
        PostgresParameters.Bind(command, write.Parameters);
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _insert?.Dispose();
        _connection?.Dispose();
    }

    private NpgsqlCommand Command(string sql) => new(sql, _connection, _transaction);
}
