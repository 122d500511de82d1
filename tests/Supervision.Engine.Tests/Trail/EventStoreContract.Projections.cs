using System.Data.Common;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

public abstract partial class EventStoreContract
{
    protected static readonly Migration InboxTable = new(1, "inbox", """
        CREATE TABLE inbox (
            item   TEXT PRIMARY KEY,
            state  TEXT NOT NULL CHECK (state <> 'forbidden'),
            due    TEXT,
            urgent INTEGER NOT NULL,
            score  REAL,
            round  INTEGER,
            note   TEXT
        );
        """);

    protected static ProjectionWrite Inbox(string item, string state) => new(
        "INSERT INTO inbox (item, state, due, urgent, score, round, note) VALUES (@item, @state, @due, @urgent, @score, @round, @note) " +
        "ON CONFLICT (item) DO UPDATE SET state = excluded.state",
        new Dictionary<string, object?>
        {
            ["item"] = item,
            ["state"] = state,
            ["due"] = Noon.AddDays(5),
            ["urgent"] = true,
            ["score"] = 4.5,
            ["round"] = 3,
            ["@note"] = null,
        });

    [Fact]
    public async Task Projections_are_written_with_their_events_and_every_parameter_kind_is_bound()
    {
        var store = await OpenAsync([InboxTable]);

        await store.AppendAsync("item-1", 0, [Event(1)], [Inbox("item-1", "dispatched")]);

        var rows = await Tables(store).QueryAsync(
            "SELECT state, due, urgent, score, round, note FROM inbox WHERE item = @item",
            new Dictionary<string, object?> { ["item"] = "item-1" },
            r => (r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetDouble(3), r.GetInt64(4), r.IsDBNull(5)));
        Assert.Equal(("dispatched", "2022-05-06T12:00:00.0000000Z", 1L, 4.5, 3L, true), Assert.Single(rows));
    }

    [Fact]
    public async Task A_failing_projection_rolls_back_its_events_while_other_batched_appends_commit()
    {
        var store = await OpenAsync([InboxTable]);
        await store.AppendAsync("item-bad", 0, [Event(0)], [Inbox("item-bad", "dispatched")]);

        var good = Enumerable.Range(1, 40).Select(n => Task.Run(() => store.AppendAsync($"item-{n}", 0, [Event(n)], [Inbox($"item-{n}", "dispatched")]))).ToList();
        var bad = Task.Run(() => store.AppendAsync("item-bad", 1, Events(1, 2), [Inbox("item-bad", "forbidden")]));

        await Assert.ThrowsAnyAsync<DbException>(() => bad);
        await Task.WhenAll(good);
        Assert.Single(await store.ReadStreamAsync("item-bad"));
        Assert.Equal(0, await ScalarAsync(store, "SELECT COUNT(*) FROM inbox WHERE state = 'forbidden'"));
        Assert.Equal(41, await ScalarAsync(store, "SELECT COUNT(*) FROM inbox"));
        Assert.Equal(40, (await store.ReadStreamsAsync([.. Enumerable.Range(1, 40).Select(n => $"item-{n}")])).Count);

        // The rolled-back append left no trace in the writer's view of the stream either.
        var retried = await store.AppendAsync("item-bad", 1, [Event(1)], [Inbox("item-bad", "acknowledged")]);
        Assert.True(TrailVerifier.Verify(await store.ReadStreamAsync("item-bad")).Intact);
        Assert.Equal(2, retried[0].Version);
    }

    [Fact]
    public async Task Execute_runs_its_statements_all_or_nothing()
    {
        var store = await OpenAsync([InboxTable]);

        var changed = await Tables(store).ExecuteAsync([Inbox("item-1", "dispatched"), Inbox("item-1", "acknowledged")]);
        await Assert.ThrowsAnyAsync<DbException>(() => Tables(store).ExecuteAsync([Inbox("item-2", "dispatched"), Inbox("item-3", "forbidden")]));

        Assert.Equal(2, changed);
        Assert.Equal(1, await ScalarAsync(store, "SELECT COUNT(*) FROM inbox"));
        Assert.Equal(1, await ScalarAsync(store, "SELECT COUNT(*) FROM inbox WHERE state = 'acknowledged'"));
    }
}
