using Npgsql;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Postgres;
using Supervision.Tests.Shared;

namespace Supervision.Engine.Tests.Trail;

/// <summary>The storage contract on the private PostgreSQL (tests/postgres/server.sh), one fresh database per name.</summary>
public sealed class PostgresEventStoreTests : EventStoreContract
{
    private readonly Dictionary<string, string> _databases = [];

    protected override IEventStore CreateStore(string database, IEnumerable<Migration> migrations) =>
        new PostgresEventStore(new PostgresStoreOptions(ConnectionOf(database)), migrations);

    protected override async Task TamperAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionOf(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    protected override long CommitsOf(IEventStore store) => ((PostgresEventStore)store).CommitCount;

    private string ConnectionOf(string database)
    {
        lock (_databases)
        {
            if (!_databases.TryGetValue(database, out var connection))
            {
                connection = PrivatePostgres.CreateDatabaseAsync(database).GetAwaiter().GetResult();
                _databases[database] = connection;
            }

            return connection;
        }
    }
}
