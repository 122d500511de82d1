using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace Supervision.Engine.Trail;

/// <summary>
/// Brings a database up to date: the store's own migrations (scope <c>trail</c>), then the read-model migrations other
/// features register (scope <c>app</c>) in version order. Each runs once, in its own transaction under the dialect's
/// schema lock, recorded in <c>schema_migrations</c>; the two scopes keep the store's numbering out of the features' way.
/// </summary>
internal sealed class StoreSchema
{
    private const string StoreScope = "trail";
    private const string AppScope = "app";

    private static readonly Migration Ledger = new(0, "schema_migrations", """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            scope      TEXT    NOT NULL,
            version    INTEGER NOT NULL,
            name       TEXT    NOT NULL,
            applied_at TEXT    NOT NULL,
            PRIMARY KEY (scope, version)
        );
        """);

    // Written once; INTEGER reads as BIGINT on PostgreSQL, as it was declared there.
    private static readonly Migration[] StoreMigrations =
    [
        new(1, "events", """
            CREATE TABLE events (
                position       INTEGER PRIMARY KEY,
                stream_id      TEXT    NOT NULL,
                version        INTEGER NOT NULL CHECK (version >= 1),
                type           TEXT    NOT NULL,
                payload        TEXT    NOT NULL,
                actor_user     TEXT    NOT NULL,
                actor_role     TEXT    NOT NULL,
                actor_agency   TEXT,
                at             TEXT    NOT NULL,
                correlation_id TEXT,
                prev_hash      TEXT    NOT NULL,
                hash           TEXT    NOT NULL,
                UNIQUE (stream_id, version)
            );
            """),
        // Canonical (RFC 8785) hashes and the chain over the whole log; rows of the first version are checked and re-hashed.
        new(2, "canonical hashes and log chain", "ALTER TABLE events ADD COLUMN log_hash TEXT NOT NULL DEFAULT '';"),
    ];

    private readonly IStoreDialect _dialect;
    private readonly Migration[] _registered;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public StoreSchema(IStoreDialect dialect, IEnumerable<Migration> registered, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(registered);
        _dialect = dialect;
        _registered = [.. registered.OrderBy(m => m.Version)];
        _time = time;
        _logger = logger;
        var unnumbered = Array.Find(_registered, m => m.Version < 1);
        if (unnumbered is not null)
        {
            throw new ArgumentException($"Migration '{unnumbered.Name}' has version {unnumbered.Version}; versions start at 1.", nameof(registered));
        }

        var clash = _registered.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            var names = string.Join(", ", clash.Select(m => $"'{m.Name}'"));
            throw new ArgumentException($"Migrations {names} share version {clash.Key}; each migration needs its own version.", nameof(registered));
        }
    }

    public void Apply(DbConnection connection)
    {
        Run(connection, null, _dialect.Schema(Ledger));
        RefuseNewer(connection, StoreScope, StoreMigrations[^1].Version);
        RefuseNewer(connection, AppScope, _registered.Length == 0 ? 0 : _registered[^1].Version);
        foreach (var migration in StoreMigrations)
        {
            ApplyOnce(connection, StoreScope, migration, migration.Version == 2 ? _dialect.UpgradeLegacyChain : null);
        }

        foreach (var migration in _registered)
        {
            ApplyOnce(connection, AppScope, migration);
        }
    }

    // Forward only: a database that has seen a migration this version does not know was written by a newer version, and
    // this one would read (and write) tables it does not understand. Nothing is applied; the caller says the sentence.
    private void RefuseNewer(DbConnection connection, string scope, int known)
    {
        using var newest = Command(connection, null, "SELECT version, name FROM schema_migrations WHERE scope = @scope AND version > @known ORDER BY version DESC LIMIT 1;",
            new Dictionary<string, object?> { ["scope"] = scope, ["known"] = (long)known });
        using var reader = newest.ExecuteReader();
        if (reader.Read())
        {
            throw new SchemaTooNewException(
                $"The database was written by a newer version of Supervision (its migration {scope} {reader.GetInt64(0)} '{reader.GetString(1)}' is newer than this version's latest, {known}); "
                + "migrations are forward-only, so run the newer version again or restore a backup taken before the upgrade.");
        }
    }

    private void ApplyOnce(DbConnection connection, string scope, Migration migration, Action<DbConnection, DbTransaction>? then = null)
    {
        // Lock, then look: two processes starting together cannot both apply the same migration.
        using var transaction = _dialect.BeginSchemaChange(connection);
        var key = new Dictionary<string, object?> { ["scope"] = scope, ["version"] = (long)migration.Version };
        using var check = Command(connection, transaction, "SELECT name FROM schema_migrations WHERE scope = @scope AND version = @version;", key);
        if (check.ExecuteScalar() is string appliedName)
        {
            if (!string.Equals(appliedName, migration.Name, StringComparison.Ordinal))
            {
                _logger.LogWarning(
                    "Migration {Scope} {Version} was applied as {AppliedName} but is now registered as {Name}; not re-applied",
                    scope, migration.Version, appliedName, migration.Name);
            }

            return;
        }

        Run(connection, transaction, _dialect.Schema(migration));
        then?.Invoke(connection, transaction);
        key["name"] = migration.Name;
        key["at"] = TrailTime.Format(_time.GetUtcNow());
        using var record = Command(
            connection, transaction, "INSERT INTO schema_migrations (scope, version, name, applied_at) VALUES (@scope, @version, @name, @at);", key);
        record.ExecuteNonQuery();
        transaction.Commit();
        _logger.LogInformation("Applied migration {Scope} {Version} {Name}", scope, migration.Version, migration.Name);
    }

    private void Run(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql, new Dictionary<string, object?>());
        command.ExecuteNonQuery();
    }

    private DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyDictionary<string, object?> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        _dialect.Bind(command, parameters);
        return command;
    }
}
