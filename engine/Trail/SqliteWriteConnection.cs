using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Supervision.Engine.Trail;

/// <summary>
/// The writer's one SQLite connection: BEGIN IMMEDIATE is the write lock, positions come from the rowid. Keeps its
/// statements prepared and the stream heads cached (this process is the file's only writer), which spares a parse
/// and a read per append on busy streams.
/// </summary>
internal sealed class SqliteWriteConnection : IWriteConnection
{
    private const int MaxCachedHeads = 100_000;
    private const int MaxCachedStatements = 256;
    private static readonly string[] InsertParameters = ["@stream", "@version", "@type", "@payload", "@user", "@role", "@agency", "@at", "@correlation", "@prev", "@hash", "@log"];

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _head;
    private readonly SqliteCommand _logHead;
    private readonly SqliteCommand _insert;
    private readonly Dictionary<string, (long Version, string Hash)> _heads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteCommand> _statements = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    public SqliteWriteConnection(SqliteConnection connection)
    {
        _connection = connection;
        _head = connection.CreateCommand();
        _head.CommandText = "SELECT version, hash FROM events WHERE stream_id = @stream ORDER BY version DESC LIMIT 1;";
        _head.Parameters.Add("@stream", SqliteType.Text);
        _logHead = connection.CreateCommand();
        _logHead.CommandText = "SELECT position, log_hash FROM events ORDER BY position DESC LIMIT 1;";
        _insert = connection.CreateCommand();
        _insert.CommandText = $"INSERT INTO events ({StoredEventRows.InsertColumns}) VALUES ({string.Join(", ", InsertParameters)}) RETURNING position;";
        foreach (var name in InsertParameters)
        {
            _insert.Parameters.Add(name, name == "@version" ? SqliteType.Integer : SqliteType.Text);
        }
    }

    public (DbTransaction Transaction, long Position, string LogHash) Begin()
    {
        _transaction = _connection.BeginTransaction(deferred: false);
        _head.Transaction = _transaction;
        _logHead.Transaction = _transaction;
        _insert.Transaction = _transaction;
        foreach (var statement in _statements.Values)
        {
            statement.Transaction = _transaction;
        }

        using var reader = _logHead.ExecuteReader();
        return reader.Read() ? (_transaction, reader.GetInt64(0), reader.GetString(1)) : (_transaction, 0L, TrailHash.Genesis);
    }

    public (long Version, string Hash) Head(string streamId)
    {
        if (_heads.TryGetValue(streamId, out var head))
        {
            return head;
        }

        _head.Parameters["@stream"].Value = streamId;
        using var reader = _head.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : (0, TrailHash.Genesis);
    }

    public void Remember(string streamId, long version, string hash)
    {
        if (_heads.Count >= MaxCachedHeads)
        {
            _heads.Clear();
        }

        _heads[streamId] = (version, hash);
    }

    public void Forget(string? streamId)
    {
        if (streamId is null)
        {
            _heads.Clear();
        }
        else
        {
            _heads.Remove(streamId);
        }
    }

    public long Insert(long next, object?[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            _insert.Parameters[i].Value = row[i] ?? DBNull.Value;
        }

        return (long)_insert.ExecuteScalar()!;
    }

    public void Run(string sql) => Statement(sql).ExecuteNonQuery();

    public int Execute(ProjectionWrite write)
    {
        var command = Statement(write.Sql);
        SqliteParameters.Bind(command, write.Parameters);
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _head.Dispose();
        _logHead.Dispose();
        _insert.Dispose();
        _connection.Dispose();
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
