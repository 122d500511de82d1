using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Attachments;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Trail;

/// <summary>The record of which upload brought each file where (migration 420), on each store.</summary>
public abstract partial class EventStoreContract
{
    private const string Stream = "assignment-i-1~agency-7";
    private static readonly AttachedFile Receipt = new("凭证.pdf", "application/pdf", 4096, new string('a', 64));

    private static IReadOnlyList<ProjectionWrite> UploadOf(AttachedFile file, long version) =>
        [.. AttachmentRows.Follow(Stream, [new RecordedEvent(new TrailEntry(new ContributionSubmitted("已拨付", [file]), Clerk, Noon, null), version)])];

    [Fact]
    public async Task An_upload_is_recorded_with_its_event_and_found_only_on_its_own_stream_by_its_exact_hash()
    {
        var store = await OpenAsync([AttachmentRows.Migration]);

        await store.AppendAsync(Stream, 0, [Event(1)], UploadOf(Receipt, 1));

        Assert.Equal([Receipt], await AttachmentRows.OfStreamAsync(Tables(store), Stream, default));
        Assert.Equal(Receipt, await AttachmentRows.FindAsync(Tables(store), Stream, Receipt.Hash, default));
        Assert.Null(await AttachmentRows.FindAsync(Tables(store), "assignment-i-1~agency-8", Receipt.Hash, default));
        Assert.Null(await AttachmentRows.FindAsync(Tables(store), Stream, Receipt.Hash.ToUpperInvariant(), default));
        Assert.Null(await AttachmentRows.FindAsync(Tables(store), Stream, Receipt.Hash[..32], default));
    }

    [Fact]
    public async Task An_append_that_is_refused_records_no_upload()
    {
        var store = await OpenAsync([AttachmentRows.Migration]);
        await store.AppendAsync(Stream, 0, [Event(1)], []);

        await Assert.ThrowsAsync<StreamConcurrencyException>(() => store.AppendAsync(Stream, 0, [Event(2)], UploadOf(Receipt, 1)));

        Assert.Empty(await AttachmentRows.OfStreamAsync(Tables(store), Stream, default));
        Assert.Equal(0, await ScalarAsync(store, "SELECT COUNT(*) FROM attachments"));
    }
}
