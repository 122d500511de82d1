using Microsoft.Data.Sqlite;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

/// <summary>Opening a database written by the first version (hashes over payload text, no log chain).</summary>
public sealed class SqliteUpgradeTests : IDisposable
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("supervision-upgrade-").FullName, "old.db");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    private static List<StoredEvent> OldTrail() => TrailChain.Build(
        LegacyTrailHash.Compute,
        ("item-1", """{"title": "实施产业发展带动就业行动", "due":"2022-12-31"}"""),
        ("assignment-1~hrss", """{"responsible_name":"张三"}"""),
        ("item-1", """{"n":1.50}"""));

    [Fact]
    public async Task A_first_version_database_is_re_hashed_and_chained_and_keeps_its_content()
    {
        var old = OldTrail();
        await WriteFirstVersionAsync(old);

        await using var store = new SqliteEventStore(new SqliteStoreOptions(_path), []);
        await store.InitializeAsync();
        var log = await store.ReadLogAsync();
        var appended = await store.AppendAsync("item-1", 2, [new NewEvent("Noted", "{}", Actor.System, DateTimeOffset.UnixEpoch, null)], []);

        Assert.Equal(old.Select(e => (e.StreamId, e.Version, e.Position, e.Payload)), log.Select(e => (e.StreamId, e.Version, e.Position, e.Payload)));
        Assert.True(TrailVerifier.Verify(log, wholeLog: true).Intact);
        Assert.NotEqual(old[0].Hash, log[0].Hash);
        Assert.Equal(log[2].Hash, appended[0].PreviousHash);
        Assert.Equal(TrailHash.Log(log[2].LogHash!, appended[0].Hash), appended[0].LogHash);
    }

    [Fact]
    public async Task A_first_version_database_altered_before_the_upgrade_is_not_re_hashed()
    {
        var old = OldTrail();
        old[1] = old[1] with { Payload = """{"responsible_name":"王五"}""" };
        await WriteFirstVersionAsync(old);

        await using var store = new SqliteEventStore(new SqliteStoreOptions(_path), []);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync());

        Assert.Contains("position 20", error.Message, StringComparison.Ordinal);
        Assert.Contains("altered before this upgrade", error.Message, StringComparison.Ordinal);
    }

    private async Task WriteFirstVersionAsync(IEnumerable<StoredEvent> events)
    {
        await using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // The first version's schema, exactly as its store migration 1 created it.
        command.CommandText = """
            CREATE TABLE schema_migrations (scope TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (scope, version));
            INSERT INTO schema_migrations VALUES ('trail', 1, 'events', '2022-05-01T00:00:00.0000000Z');
            CREATE TABLE events (
                position INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1), type TEXT NOT NULL,
                payload TEXT NOT NULL, actor_user TEXT NOT NULL, actor_role TEXT NOT NULL, actor_agency TEXT, at TEXT NOT NULL,
                correlation_id TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (stream_id, version));
            """;
        await command.ExecuteNonQueryAsync();
        foreach (var e in events)
        {
            command.CommandText = "INSERT INTO events VALUES (@position, @stream, @version, @type, @payload, @user, @role, @agency, @at, NULL, @prev, @hash);";
            command.Parameters.Clear();
            command.Parameters.AddWithValue("@position", e.Position);
            command.Parameters.AddWithValue("@stream", e.StreamId);
            command.Parameters.AddWithValue("@version", e.Version);
            command.Parameters.AddWithValue("@type", e.Type);
            command.Parameters.AddWithValue("@payload", e.Payload);
            command.Parameters.AddWithValue("@user", e.Actor.UserId);
            command.Parameters.AddWithValue("@role", e.Actor.Role);
            command.Parameters.AddWithValue("@agency", (object?)e.Actor.AgencyId ?? DBNull.Value);
            command.Parameters.AddWithValue("@at", TrailTime.Format(e.At));
            command.Parameters.AddWithValue("@prev", e.PreviousHash);
            command.Parameters.AddWithValue("@hash", e.Hash);
            await command.ExecuteNonQueryAsync();
        }
    }
}
