using System.Data.Common;

namespace Supervision.Engine.Trail;

/// <summary>
/// What <see cref="EventStoreCore"/> needs to know about one database: how to connect for a read, take a snapshot,
/// pass a list of streams and bind parameters, say the stream heads query, translate the shared schema SQL and lock
/// a schema change. Everything else (the hash chains, the version check, the migration rules) is the core's, once.
/// </summary>
internal interface IStoreDialect
{
    /// <summary>The condition selecting <c>events</c> rows whose stream is in the list parameter <c>@streams</c>.</summary>
    string StreamsIn { get; }

    /// <summary>Every stream's last version and hash, one row per stream ordered by the stream id's bytes.</summary>
    string StreamHeads { get; }

    /// <summary>A connection for reads, never for writes: those go through the writer.</summary>
    ValueTask<DbConnection> OpenReaderAsync(CancellationToken cancellationToken);

    /// <summary>A read transaction in which several queries see the same snapshot.</summary>
    ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The value of <c>@streams</c> for <see cref="StreamsIn"/>.</summary>
    object StreamList(IReadOnlyCollection<string> streamIds);

    /// <summary>Binds a query's named parameters (<see cref="DbValues"/>).</summary>
    void Bind(DbCommand command, IReadOnlyDictionary<string, object?> parameters);

    /// <summary>The rows of a query as the shared row mappings read them.</summary>
    DbDataReader Rows(DbDataReader reader);

    /// <summary>The SQL of a migration (written once, in SQLite's words) as this database runs it.</summary>
    string Schema(Migration migration);

    /// <summary>Begins a schema change's transaction, holding the lock that keeps two starting processes from both applying it.</summary>
    DbTransaction BeginSchemaChange(DbConnection connection);

    /// <summary>Re-hashes a log written by the first version (store migration 2), where one can exist.</summary>
    void UpgradeLegacyChain(DbConnection connection, DbTransaction transaction);
}
