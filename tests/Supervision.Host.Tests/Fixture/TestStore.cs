using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Supervision.Tests.Shared;

namespace Supervision.Host.Tests.Fixture;

/// <summary>
/// Which store a test host runs on: SQLite in its data folder, or a fresh database of its own on the private
/// PostgreSQL (<see cref="PrivatePostgres"/>). <c>SUPERVISION_TEST_STORE=postgres</c> moves every host of a run there.
/// </summary>
public static class TestStore
{
    public const string Variable = "SUPERVISION_TEST_STORE";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    // A host's data folder → its PostgreSQL database, so a host started again finds its data, and tests can read it.
    private static readonly ConcurrentDictionary<string, string> Databases = new(StringComparer.Ordinal);

    public static string Default => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } store ? store : Sqlite;

    /// <summary>The host's settings for <paramref name="store"/>; nothing for SQLite (the default).</summary>
    public static IReadOnlyList<string> Settings(string store, string dataDirectory)
    {
        if (store != Postgres)
        {
            return [];
        }

        var connection = Databases.GetOrAdd(Key(dataDirectory), _ => PrivatePostgres.CreateDatabaseAsync("host").GetAwaiter().GetResult());
        return ["--Supervision:Store", Postgres, "--Supervision:Postgres", connection];
    }

    /// <summary>A connection to the database behind a host's data folder, opened; SQLite's read-only.</summary>
    public static DbConnection Open(string dataDirectory)
    {
        DbConnection connection = Databases.TryGetValue(Key(dataDirectory), out var postgres)
            ? new NpgsqlConnection(postgres)
            : new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataDirectory, "supervision.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false,
            }.ToString());
        connection.Open();
        return connection;
    }

    private static string Key(string dataDirectory) => Path.GetFullPath(dataDirectory);
}
