using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Npgsql;

namespace Supervision.Engine.Trail.Postgres;

/// <summary>
/// PostgreSQL's words for <see cref="EventStoreCore"/>. Every migration is written once, for both stores; its column
/// types are read here the way SQLite stores them: whole numbers and flags as 64-bit integers (flags stay 0/1, as
/// <see cref="DbValues"/> writes them), so a value reads back the same from either store. A migration whose SQL cannot
/// be shared gives its own <see cref="Migration.PostgresSql"/> instead. Schema changes and appends each take an
/// advisory lock, so the nodes of a cluster take turns.
/// </summary>
internal sealed partial class PostgresDialect(NpgsqlDataSource source) : IStoreDialect
{
    /// <summary>Advisory lock keys (<c>pg_advisory_xact_lock</c>): one for appends, one for schema changes.</summary>
    public const long AppendLock = 0x5375_7065_7276_0001;
    public const long SchemaLock = 0x5375_7065_7276_0002;

    public NpgsqlDataSource Source => source;

    public string StreamsIn => "stream_id = ANY(@streams)";

    // Ordered by bytes (collation "C"), as SQLite orders them, so a checkpoint lists its streams the same on both.
    public const string StreamHeadsSql = """SELECT DISTINCT ON (stream_id COLLATE "C") stream_id, version, hash FROM events ORDER BY stream_id COLLATE "C", version DESC;""";

    public string StreamHeads => StreamHeadsSql;

    public async ValueTask<DbConnection> OpenReaderAsync(CancellationToken cancellationToken) => await PostgresConnections.OpenAsync(source, cancellationToken);

    public async ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    public object StreamList(IReadOnlyCollection<string> streamIds) => streamIds.ToArray();

    public void Bind(DbCommand command, IReadOnlyDictionary<string, object?> parameters) =>
        PostgresParameters.Bind((NpgsqlCommand)command, parameters, nullsAsText: true);

    public DbDataReader Rows(DbDataReader reader) => new LenientReader(reader);

    public string Schema(Migration migration) => migration.PostgresSql ?? Types().Replace(migration.Sql, m => m.Value.ToUpperInvariant() switch
    {
        "INTEGER" or "BOOLEAN" => "BIGINT",
        "REAL" => "DOUBLE PRECISION",
        "BLOB" => "BYTEA",
        _ => m.Value,
    });

    public DbTransaction BeginSchemaChange(DbConnection connection)
    {
        var transaction = ((NpgsqlConnection)connection).BeginTransaction();
        using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SchemaLock});", (NpgsqlConnection)connection, transaction);
        command.ExecuteNonQuery();
        return transaction;
    }

    // A PostgreSQL log never held first-version hashes.
    public void UpgradeLegacyChain(DbConnection connection, DbTransaction transaction)
    {
    }

    [GeneratedRegex(@"\b(INTEGER|BOOLEAN|REAL|BLOB)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Types();
}
