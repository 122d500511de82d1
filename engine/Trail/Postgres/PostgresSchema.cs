using Microsoft.Extensions.Logging;
using Npgsql;

namespace Supervision.Engine.Trail.Postgres;

/// <summary>
/// Brings a PostgreSQL database up to date with the same versioned lists as SQLite: the store's own migrations
/// (scope <c>trail</c>), then the registered read-model migrations (scope <c>app</c>). Each runs once, in its own
/// transaction under an advisory lock, so several nodes starting together apply it once.
/// </summary>
internal sealed class PostgresSchema(IEnumerable<Migration> registered, TimeProvider time, ILogger logger)
{
    private const string StoreScope = "trail";
    private const string AppScope = "app";

    // The same numbers and names as SQLite's store migrations; a PostgreSQL log never held first-version hashes.
    private static readonly Migration[] StoreMigrations =
    [
        new(1, "events", """
            CREATE TABLE events (
                position       BIGINT  PRIMARY KEY,
                stream_id      TEXT    NOT NULL,
                version        BIGINT  NOT NULL CHECK (version >= 1),
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
        new(2, "canonical hashes and log chain", "ALTER TABLE events ADD COLUMN log_hash TEXT NOT NULL DEFAULT '';"),
    ];

    private readonly Migration[] _registered = Validated(registered);

    public void Apply(NpgsqlConnection connection)
    {
        Run(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                scope TEXT NOT NULL, version BIGINT NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (scope, version));
            """);
        foreach (var migration in StoreMigrations)
        {
            ApplyOnce(connection, StoreScope, migration);
        }

        foreach (var migration in _registered)
        {
            ApplyOnce(connection, AppScope, migration);
        }
    }

    private void ApplyOnce(NpgsqlConnection connection, string scope, Migration migration)
    {
        using var transaction = connection.BeginTransaction();
        Run(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresDialect.SchemaLock});");
        using var check = new NpgsqlCommand("SELECT name FROM schema_migrations WHERE scope = @scope AND version = @version;", connection, transaction);
        check.Parameters.AddWithValue("scope", scope);
        check.Parameters.AddWithValue("version", (long)migration.Version);
        if (check.ExecuteScalar() is string appliedName)
        {
            if (!string.Equals(appliedName, migration.Name, StringComparison.Ordinal))
            {
                logger.LogWarning(
                    "Migration {Scope} {Version} was applied as {AppliedName} but is now registered as {Name}; not re-applied",
                    scope, migration.Version, appliedName, migration.Name);
            }

            return;
        }

        Run(connection, transaction, PostgresDialect.Schema(migration));
        using var record = new NpgsqlCommand(
            "INSERT INTO schema_migrations (scope, version, name, applied_at) VALUES (@scope, @version, @name, @at);", connection, transaction);
        record.Parameters.AddWithValue("scope", scope);
        record.Parameters.AddWithValue("version", (long)migration.Version);
        record.Parameters.AddWithValue("name", migration.Name);
        record.Parameters.AddWithValue("at", TrailTime.Format(time.GetUtcNow()));
        record.ExecuteNonQuery();
        transaction.Commit();
        logger.LogInformation("Applied migration {Scope} {Version} {Name}", scope, migration.Version, migration.Name);
    }

    private static void Run(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    private static Migration[] Validated(IEnumerable<Migration> registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        Migration[] sorted = [.. registered.OrderBy(m => m.Version)];
        var unnumbered = Array.Find(sorted, m => m.Version < 1);
        if (unnumbered is not null)
        {
            throw new ArgumentException($"Migration '{unnumbered.Name}' has version {unnumbered.Version}; versions start at 1.", nameof(registered));
        }

        var clash = sorted.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            var names = string.Join(", ", clash.Select(m => $"'{m.Name}'"));
            throw new ArgumentException($"Migrations {names} share version {clash.Key}; each migration needs its own version.", nameof(registered));
        }

        return sorted;
    }
}
