using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

public abstract partial class EventStoreContract
{
    [Fact]
    public async Task Appended_events_read_back_in_order_with_chained_hashes()
    {
        var store = await OpenAsync();

        var appended = await AppendAsync(store, "item-1", 0, Events(1, 3));
        var read = await store.ReadStreamAsync("item-1");

        Assert.Equal(appended, read);
        Assert.Equal([1L, 2L, 3L], read.Select(e => e.Version));
        Assert.True(read[0].Position < read[1].Position && read[1].Position < read[2].Position);
        Assert.Equal(TrailHash.Genesis, read[0].PreviousHash);
        Assert.Equal(read[0].Hash, read[1].PreviousHash);
        Assert.Equal(read[1].Hash, read[2].PreviousHash);
        Assert.All(read, e => Assert.Equal(TrailHash.Compute(e), e.Hash));
        Assert.Equal(Event(2).Payload, read[1].Payload);
        Assert.Equal(Clerk, read[1].Actor);
        Assert.Equal("corr-2", read[1].CorrelationId);
    }

    [Fact]
    public async Task Many_appends_of_several_events_each_store_every_event_as_given()
    {
        // Enough appends for a store to start preparing its statements (Npgsql prepares after the fifth use).
        var store = await OpenAsync();
        for (var round = 0; round < 10; round++)
        {
            await AppendAsync(store, $"item-{round}", 0, Events(round * 2, 2));
        }

        var log = await store.ReadLogAsync();

        Assert.Equal(Enumerable.Range(0, 20).Select(n => Event(n).Payload), log.Select(e => e.Payload));
        Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), log.Select(e => e.Position));
        Assert.True(TrailVerifier.Verify(log, wholeLog: true).Intact);
    }

    [Fact]
    public async Task A_later_append_continues_the_chain_and_reads_can_start_after_a_version()
    {
        var store = await OpenAsync();
        var first = await AppendAsync(store, "item-1", 0, Events(1, 2));

        var second = await AppendAsync(store, "item-1", 2, Event(3));
        var tail = await store.ReadStreamAsync("item-1", afterVersion: 2);

        Assert.Equal(3, Assert.Single(second).Version);
        Assert.Equal(first[1].Hash, second[0].PreviousHash);
        Assert.Equal(second, tail);
    }

    [Fact]
    public async Task Times_round_trip_to_the_tick_and_are_kept_in_utc()
    {
        var store = await OpenAsync();
        var beijing = new DateTimeOffset(2022, 5, 1, 16, 30, 0, TimeSpan.FromHours(8)).AddTicks(1_234_567);

        await AppendAsync(store, "item-1", 0, Event(1) with { At = beijing });
        var read = Assert.Single(await store.ReadStreamAsync("item-1"));

        Assert.Equal(beijing, read.At);
        Assert.Equal(TimeSpan.Zero, read.At.Offset);
        Assert.Equal("2022-05-01T08:30:00.1234567Z", TrailTime.Format(read.At));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_stale_expected_version_is_refused_and_nothing_is_written(long expected)
    {
        var store = await OpenAsync();
        await AppendAsync(store, "item-1", 0, Events(1, 2));

        var refused = await Assert.ThrowsAsync<StreamConcurrencyException>(() => AppendAsync(store, "item-1", expected, Events(10, 2)));

        Assert.Equal(expected, refused.Expected);
        Assert.Equal(2, refused.Actual);
        Assert.Equal([1L, 2L], (await store.ReadStreamAsync("item-1")).Select(e => e.Version));
    }

    [Fact]
    public async Task A_new_stream_only_accepts_expected_version_zero()
    {
        var store = await OpenAsync();

        var refused = await Assert.ThrowsAsync<StreamConcurrencyException>(() => AppendAsync(store, "item-new", 1, Event(1)));

        Assert.Equal(0, refused.Actual);
        Assert.Empty(await store.ReadStreamAsync("item-new"));
    }

    [Fact]
    public async Task ReadStreams_merges_several_streams_by_global_position()
    {
        var store = await OpenAsync();
        await AppendAsync(store, "item-a", 0, Event(1));
        await AppendAsync(store, "item-b", 0, Event(2));
        await AppendAsync(store, "item-c", 0, Event(3));
        await AppendAsync(store, "item-a", 1, Event(4));
        await AppendAsync(store, "item-b", 1, Event(5));

        var trail = await store.ReadStreamsAsync(["item-a", "item-b"]);

        Assert.Equal(["item-a", "item-b", "item-a", "item-b"], trail.Select(e => e.StreamId));
        Assert.Equal(trail.OrderBy(e => e.Position).Select(e => e.Position), trail.Select(e => e.Position));
        Assert.Empty(await store.ReadStreamsAsync([]));
    }

    [Fact]
    public async Task A_payload_that_is_not_json_is_refused_before_anything_is_written()
    {
        var store = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => AppendAsync(store, "item-1", 0, Event(1) with { Payload = "{not json" }));

        Assert.Empty(await store.ReadStreamAsync("item-1"));
    }
}
