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

    [Fact]
    public async Task The_raw_baseline_measures_a_positive_rate()
    {
        var rate = await PostgresBaseline.MeasureRawAppendsAsync(ConnectionOf("baseline"), TimeSpan.FromMilliseconds(200));

        Assert.True(rate > 0);
    }

    [Fact]
    public async Task Two_stores_on_one_database_take_turns_and_the_log_stays_gap_free_in_commit_order()
    {
        // Two nodes: each store has its own writer; the advisory lock makes their transactions take turns on the log.
        var (first, second) = (await OpenAsync(), CreateStore(Main, []));
        await second.InitializeAsync();
        await using (second)
        {
            await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
                AppendAsync(i % 2 == 0 ? first : second, $"item-{i}", 0, Events(i * 3, 3))));
        }

        var log = await first.ReadLogAsync();

        Assert.Equal(Enumerable.Range(1, 120).Select(n => (long)n), log.Select(e => e.Position));
        Assert.True(TrailVerifier.Verify(log, wholeLog: true).Intact);
    }

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
