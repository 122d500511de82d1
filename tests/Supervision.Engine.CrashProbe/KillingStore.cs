using Supervision.Engine.Trail;

namespace Supervision.Engine.CrashProbe;

/// <summary>The real store, with the probe's death just before or just after the approval's append.</summary>
public sealed class KillingStore(IEventStore inner, CrashPoint crash) : IEventStore
{
    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public async Task<IReadOnlyList<StoredEvent>> AppendAsync(
        string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, IReadOnlyList<ProjectionWrite> projections, CancellationToken cancellationToken = default)
    {
        var approval = events.Any(e => e.Type == "CompletionApproved");
        if (approval)
        {
            crash.DieIf("before-commit");
        }

        var stored = await inner.AppendAsync(streamId, expectedVersion, events, projections, cancellationToken);
        if (approval)
        {
            crash.DieIf("after-commit");
        }

        return stored;
    }

    public Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default) =>
        inner.ReadStreamAsync(streamId, afterVersion, cancellationToken);

    public Task<IReadOnlyList<StoredEvent>> ReadStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken cancellationToken = default) =>
        inner.ReadStreamsAsync(streamIds, cancellationToken);

    public Task<IReadOnlyList<StoredEvent>> ReadLogAsync(CancellationToken cancellationToken = default) => inner.ReadLogAsync(cancellationToken);

    public Task<TrailHeads> ReadHeadsAsync(CancellationToken cancellationToken = default) => inner.ReadHeadsAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
