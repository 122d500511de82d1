using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

public abstract partial class EventStoreContract
{
    private static readonly string[] TrailStreams = ["item-a", "item-b"];

    /// <summary>Five events on item-a interleaved with three on item-b; returns item-a's events.</summary>
    private async Task<(IEventStore Store, IReadOnlyList<StoredEvent> ItemA)> TrailAsync()
    {
        var store = await OpenAsync();
        var itemA = new List<StoredEvent>();
        for (var n = 1; n <= 5; n++)
        {
            itemA.AddRange(await AppendAsync(store, "item-a", n - 1, Event(n)));
            if (n <= 3)
            {
                await AppendAsync(store, "item-b", n - 1, Event(10 + n));
            }
        }

        return (store, itemA);
    }

    [Fact]
    public async Task An_untouched_trail_verifies_as_intact()
    {
        var (store, _) = await TrailAsync();

        var verification = TrailVerifier.Verify(await store.ReadStreamsAsync(TrailStreams));

        Assert.Equal(new TrailVerification(true, 8, 2, null), verification);
    }

    [Fact]
    public async Task A_payload_edited_in_the_database_is_detected_at_that_event()
    {
        var (store, itemA) = await TrailAsync();

        await TamperAsync(Main, "UPDATE events SET payload = replace(payload, '\"n\":3', '\"n\":8') WHERE stream_id = 'item-a' AND version = 3");
        var fault = TrailVerifier.Verify(await store.ReadStreamsAsync(TrailStreams)).FirstFault;

        Assert.NotNull(fault);
        Assert.Equal(("item-a", 3L, itemA[2].Position), (fault.StreamId, fault.Version, fault.Position));
        Assert.Contains("edited", fault.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_event_is_detected_where_the_gap_is()
    {
        var (store, itemA) = await TrailAsync();

        await TamperAsync(Main, "DELETE FROM events WHERE stream_id = 'item-a' AND version = 2");
        var verification = TrailVerifier.Verify(await store.ReadStreamsAsync(TrailStreams));

        Assert.False(verification.Intact);
        Assert.Equal(7, verification.EventCount);
        Assert.Equal(("item-a", 3L, itemA[2].Position), (verification.FirstFault!.StreamId, verification.FirstFault.Version, verification.FirstFault.Position));
        Assert.Contains("version 2 is missing", verification.FirstFault.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Swapping_two_events_versions_is_detected_in_position_and_in_version_order()
    {
        var (store, itemA) = await TrailAsync();

        await TamperAsync(Main, "UPDATE events SET version = 1000 WHERE stream_id = 'item-a' AND version = 2");
        await TamperAsync(Main, "UPDATE events SET version = 2 WHERE stream_id = 'item-a' AND version = 3");
        await TamperAsync(Main, "UPDATE events SET version = 3 WHERE stream_id = 'item-a' AND version = 1000");
        var byPosition = TrailVerifier.Verify(await store.ReadStreamsAsync(TrailStreams)).FirstFault;
        var byVersion = TrailVerifier.Verify(await store.ReadStreamAsync("item-a")).FirstFault;

        Assert.Equal(itemA[1].Position, byPosition?.Position);
        Assert.Equal(itemA[2].Position, byVersion?.Position);
        Assert.Equal(2, byVersion?.Version);
    }

    [Fact]
    public async Task An_edited_hash_is_detected_at_that_event()
    {
        var (store, itemA) = await TrailAsync();

        await TamperAsync(Main, $"UPDATE events SET hash = '{new string('a', 64)}' WHERE stream_id = 'item-a' AND version = 4");
        var fault = TrailVerifier.Verify(await store.ReadStreamsAsync(TrailStreams)).FirstFault;

        Assert.Equal(("item-a", 4L, itemA[3].Position), (fault?.StreamId, fault?.Version, fault?.Position));
    }

    [Fact]
    public async Task An_edit_with_a_recomputed_hash_is_detected_at_the_next_event()
    {
        var (store, itemA) = await TrailAsync();
        var forged = itemA[1] with { Payload = """{"n":2,"note":"已完成"}""" };
        forged = forged with { Hash = TrailHash.Compute(forged) };

        await TamperAsync(Main, $"UPDATE events SET payload = '{forged.Payload}', hash = '{forged.Hash}' WHERE stream_id = 'item-a' AND version = 2");
        var fault = TrailVerifier.Verify(await store.ReadStreamsAsync(TrailStreams)).FirstFault;

        Assert.Equal(("item-a", 3L), (fault?.StreamId, fault?.Version));
        Assert.Contains("does not link to version 2", fault?.Reason, StringComparison.Ordinal);
    }
}
