using Microsoft.Data.Sqlite;
using Supervision.Engine.Trail;

using Supervision.Tests.Shared;

namespace Supervision.Engine.Tests.Trail;

/// <summary>The storage contract on real SQLite files in a temporary directory, plus what only SQLite has.</summary>
public sealed class SqliteEventStoreTests : EventStoreContract
{
    private readonly string _directory = Directory.CreateTempSubdirectory("supervision-trail-").FullName;

    protected override IEventStore CreateStore(string database, IEnumerable<Migration> migrations) =>
        new SqliteEventStore(new SqliteStoreOptions(PathOf(database)), migrations);

    protected override async Task TamperAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={PathOf(database)};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    protected override long CommitsOf(IEventStore store) => ((SqliteEventStore)store).CommitCount;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task The_file_is_in_wal_mode_and_read_connections_cannot_write()
    {
        var tables = Tables(await OpenAsync());
        var none = new Dictionary<string, object?>();

        Assert.Equal("wal", (await tables.QueryAsync("PRAGMA journal_mode", none, r => r.GetString(0))).Single());
        await Assert.ThrowsAsync<SqliteException>(() => tables.QueryAsync("DELETE FROM events RETURNING position", none, r => r.GetInt64(0)));
    }

    [Fact]
    public async Task A_read_connection_taken_again_from_the_pool_still_cannot_write_and_still_waits_for_locks()
    {
        var tables = Tables(await OpenAsync());
        var none = new Dictionary<string, object?>();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(1L, (await tables.QueryAsync("PRAGMA query_only", none, r => r.GetInt64(0))).Single());
            Assert.True((await tables.QueryAsync("PRAGMA busy_timeout", none, r => r.GetInt64(0))).Single() > 0);
            await Assert.ThrowsAsync<SqliteException>(() => tables.QueryAsync("DELETE FROM events RETURNING position", none, r => r.GetInt64(0)));
        }
    }

    [Fact]
    public async Task Appending_before_initialising_is_refused_with_a_clear_message()
    {
        await using var store = CreateStore("uninitialised", []);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AppendAsync(store, "item-1", 0, Event(1)));

        Assert.Contains("InitializeAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_raw_baseline_measures_a_positive_rate()
    {
        var rate = await SqliteBaseline.MeasureRawAppendsAsync(PathOf("baseline"), TimeSpan.FromMilliseconds(200));

        Assert.True(rate > 0);
    }

    private string PathOf(string database) => Path.Combine(_directory, database + ".db");
}
