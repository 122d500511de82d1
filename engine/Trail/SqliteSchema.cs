using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Supervision.Engine.Trail;

/// <summary>
/// Brings a database up to date: the store's own migrations (scope <c>trail</c>), then the read-model migrations other
/// features register (scope <c>app</c>) in version order. Each runs once, in its own transaction, recorded in
/// <c>schema_migrations</c>; the two scopes keep the store's numbering out of the features' way.
/// </summary>
internal sealed class SqliteSchema
{
    private const string StoreScope = "trail";
    private const string AppScope = "app";

    // Each store migration's SQL, then its code step (if any), in one transaction.
    private static readonly (Migration Migration, Action<SqliteConnection, SqliteTransaction>? Then)[] StoreMigrations =
    [
        (new(1, "events", """
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
            """), null),
        // Canonical (RFC 8785) hashes and the chain over the whole log; rows of the first version are checked and re-hashed.
        (new(2, "canonical hashes and log chain", "ALTER TABLE events ADD COLUMN log_hash TEXT NOT NULL DEFAULT '';"), SqliteChainUpgrade.Run),
    ];

    private readonly Migration[] _registered;
    private readonly SqliteStoreOptions _options;
    private readonly ILogger _logger;

    public SqliteSchema(IEnumerable<Migration> registered, SqliteStoreOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(registered);
        _registered = [.. registered.OrderBy(m => m.Version)];
        _options = options;
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

    public void Apply(SqliteConnection connection)
    {
        using (var wal = connection.CreateCommand())
        {
            // WAL is a property of the file: set once, it lets readers run beside the writer.
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = wal.ExecuteScalar() as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                _logger.LogWarning("Event store {Path} runs in journal mode {Mode}, not WAL", _options.DatabasePath, mode);
            }
        }

        Run(connection, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                scope      TEXT    NOT NULL,
                version    INTEGER NOT NULL,
                name       TEXT    NOT NULL,
                applied_at TEXT    NOT NULL,
                PRIMARY KEY (scope, version)
            );
            """);
        foreach (var (migration, then) in StoreMigrations)
        {
            ApplyOnce(connection, StoreScope, migration, then);
        }

        foreach (var migration in _registered)
        {
            ApplyOnce(connection, AppScope, migration);
        }
    }

    private void ApplyOnce(SqliteConnection connection, string scope, Migration migration, Action<SqliteConnection, SqliteTransaction>? then = null)
    {
        // BEGIN IMMEDIATE, then look: two processes starting together cannot both apply the same migration.
        using var transaction = connection.BeginTransaction(deferred: false);
        using var check = connection.CreateCommand();
        check.Transaction = transaction;
        check.CommandText = "SELECT name FROM schema_migrations WHERE scope = @scope AND version = @version;";
        check.Parameters.AddWithValue("@scope", scope);
        check.Parameters.AddWithValue("@version", migration.Version);
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

        Run(connection, migration.Sql, transaction);
        then?.Invoke(connection, transaction);
        using var record = connection.CreateCommand();
        record.Transaction = transaction;
        record.CommandText = "INSERT INTO schema_migrations (scope, version, name, applied_at) VALUES (@scope, @version, @name, @at);";
        record.Parameters.AddWithValue("@scope", scope);
        record.Parameters.AddWithValue("@version", migration.Version);
        record.Parameters.AddWithValue("@name", migration.Name);
        record.Parameters.AddWithValue("@at", TrailTime.Format(_options.Time.GetUtcNow()));
        record.ExecuteNonQuery();
        transaction.Commit();
        _logger.LogInformation("Applied migration {Scope} {Version} {Name}", scope, migration.Version, migration.Name);
    }

    private static void Run(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
