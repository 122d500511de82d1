using System.Text.RegularExpressions;

namespace Supervision.Engine.Trail.Postgres;

/// <summary>
/// The few words in which the shared schema SQL differs on PostgreSQL. Every migration is written once, for both
/// stores; its column types are read here the way SQLite stores them: whole numbers and flags as 64-bit integers
/// (flags stay 0/1, as <see cref="DbValues"/> writes them), so a value reads back the same from either store.
/// A migration whose SQL cannot be shared gives its own <see cref="Migration.PostgresSql"/> instead.
/// </summary>
internal static partial class PostgresDialect
{
    /// <summary>Advisory lock keys (<c>pg_advisory_xact_lock</c>): one for appends, one for schema changes.</summary>
    public const long AppendLock = 0x5375_7065_7276_0001;
    public const long SchemaLock = 0x5375_7065_7276_0002;

    public static string Schema(Migration migration) => migration.PostgresSql ?? Types().Replace(migration.Sql, m => m.Value.ToUpperInvariant() switch
    {
        "INTEGER" or "BOOLEAN" => "BIGINT",
        "REAL" => "DOUBLE PRECISION",
        "BLOB" => "BYTEA",
        _ => m.Value,
    });

    [GeneratedRegex(@"\b(INTEGER|BOOLEAN|REAL|BLOB)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Types();
}
