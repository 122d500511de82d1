using Npgsql;

namespace Supervision.Host.Tests.Cluster;

/// <summary>A database of the test's own on the private PostgreSQL that test.sh starts (<c>SUPERVISION_TEST_POSTGRES</c>), dropped after.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _server;

    private TestDatabase(string server, string name) => (_server, Name) = (server, name);

    // The test's own reads and its CREATE/DROP DATABASE wait longer than Npgsql's 30 s default: on a loaded 2-core machine
    // the server behind a dying cluster node has been seen to take that long, and the test is about the nodes, not the wait.
    private const int Patience = 180;

    public string Name { get; }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = Name, Pooling = true, MaxPoolSize = 60, Timeout = Patience, CommandTimeout = Patience }.ToString();

    public static async Task<TestDatabase> CreateAsync(string prefix)
    {
        var server = Environment.GetEnvironmentVariable("SUPERVISION_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                "SUPERVISION_TEST_POSTGRES is not set: run the suite with ./test.sh, which starts a private PostgreSQL (tests/postgres/server.sh) and sets it.");
        }

        var db = new TestDatabase(server, $"{prefix}_{Guid.NewGuid():n}"[..40]);
        await db.ExecuteOnServerAsync($"CREATE DATABASE \"{db.Name}\"");
        return db;
    }

    public async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> map)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false, Timeout = Patience, CommandTimeout = Patience }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
