using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Checkpoints;

namespace Supervision.Engine.Tests.Trail;

/// <summary>The chain over the whole log, and the heads a checkpoint signs.</summary>
public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Every_event_links_to_the_previous_event_of_the_whole_log()
    {
        var store = await OpenAsync();
        await AppendAsync(store, "item-a", 0, Events(1, 2));
        await AppendAsync(store, "item-b", 0, Event(3));
        await AppendAsync(store, "item-a", 2, Event(4));

        var log = await store.ReadLogAsync();

        Assert.Equal(4, log.Count);
        Assert.Equal(TrailHash.Log(TrailHash.Genesis, log[0].Hash), log[0].LogHash);
        Assert.All(log.Skip(1).Zip(log), pair => Assert.Equal(TrailHash.Log(pair.Second.LogHash!, pair.First.Hash), pair.First.LogHash));
        Assert.Equal(new TrailVerification(true, 4, 2, null), TrailVerifier.Verify(log, wholeLog: true));
    }

    [Fact]
    public async Task Refused_appends_in_a_shared_batch_leave_the_log_chain_unbroken()
    {
        var store = await OpenAsync();

        // Many writers race for the same versions: the losers' savepoints roll back inside batches that commit.
        var attempts = Enumerable.Range(0, 40).Select(n => AppendAsync(store, $"item-{n % 4}", 0, Event(n)));
        var outcomes = await Task.WhenAll(attempts.Select(async a => { try { await a; return true; } catch (StreamConcurrencyException) { return false; } }));
        await AppendAsync(store, "item-0", 1, Event(99));

        Assert.Equal(4, outcomes.Count(ok => ok));
        Assert.True(TrailVerifier.Verify(await store.ReadLogAsync(), wholeLog: true).Intact);
    }

    [Fact]
    public async Task Heads_are_the_logs_newest_event_and_every_streams_newest_version()
    {
        var store = await OpenAsync();
        Assert.Equal(TrailHeads.Empty, await store.ReadHeadsAsync());
        await AppendAsync(store, "item-b", 0, Events(1, 2));
        var last = await AppendAsync(store, "item-a", 0, Event(3));

        var heads = await store.ReadHeadsAsync();
        var log = await store.ReadLogAsync();

        Assert.Equal((last[0].Position, last[0].LogHash), (heads.Position, heads.LogHash));
        Assert.Equal([new StreamHead("item-a", 1, last[0].Hash), new StreamHead("item-b", 2, log[1].Hash)], heads.Streams);
    }

    [Fact]
    public async Task Deleting_a_streams_newest_event_in_the_database_shows_against_a_checkpoint_taken_before()
    {
        var (store, _) = await TrailAsync();
        var checkpoint = new TrailCheckpoint(Noon, await store.ReadHeadsAsync(), "", "");

        await TamperAsync(Main, "DELETE FROM events WHERE stream_id = 'item-b' AND version = 3");
        var document = new TrailDocument("item b", Noon, await store.ReadStreamsAsync(["item-b"])) { Scope = TrailScope.Item("b") };

        Assert.True(document.Verify().Intact);
        Assert.Equal("item-b", Assert.Single(CheckpointComparison.Compare(document, checkpoint)).StreamId);
        Assert.False(TrailVerifier.Verify(await store.ReadLogAsync(), wholeLog: true).Intact);
    }
}
