using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Supervision.Engine.Trail;

/// <summary>SQLite's words for <see cref="EventStoreCore"/>: pooled read-only connections, a JSON array as the stream list.</summary>
internal sealed class SqliteDialect(SqliteConnections connections) : IStoreDialect
{
    public SqliteConnections Connections => connections;

    public string StreamsIn => "stream_id IN (SELECT value FROM json_each(@streams))";

    // SQLite returns the other columns of the row that holds MAX(version).
    public string StreamHeads => "SELECT stream_id, MAX(version), hash FROM events GROUP BY stream_id ORDER BY stream_id;";

    public ValueTask<DbConnection> OpenReaderAsync(CancellationToken cancellationToken) => ValueTask.FromResult<DbConnection>(connections.OpenReader());

    // Deferred: in WAL mode every query of the transaction reads the same snapshot.
    public ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public object StreamList(IReadOnlyCollection<string> streamIds) => JsonSerializer.Serialize(streamIds);

    public void Bind(DbCommand command, IReadOnlyDictionary<string, object?> parameters) => SqliteParameters.Bind((SqliteCommand)command, parameters);

    public DbDataReader Rows(DbDataReader reader) => reader;

    public string Schema(Migration migration) => migration.Sql;

    // BEGIN IMMEDIATE takes the file's write lock before the migration is looked up.
    public DbTransaction BeginSchemaChange(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public void UpgradeLegacyChain(DbConnection connection, DbTransaction transaction) =>
        SqliteChainUpgrade.Run((SqliteConnection)connection, (SqliteTransaction)transaction);
}
