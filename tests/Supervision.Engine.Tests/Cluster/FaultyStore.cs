using System.Collections.Concurrent;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Tests.Cluster;

/// <summary>The silo's event log, which fails the next append to a stream a test names (once), and otherwise passes through.</summary>
public sealed class FaultyStore(IEventStore inner) : IEventStore
{
    private static readonly ConcurrentDictionary<string, byte> Armed = new();

    /// <summary>The next append to <paramref name="streamId"/> throws, as a full disk or a lost connection would.</summary>
    public static void FailNextAppend(string streamId) => Armed[streamId] = 0;

    public Task<IReadOnlyList<StoredEvent>> AppendAsync(
        string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, IReadOnlyList<ProjectionWrite> projections, CancellationToken cancellationToken = default) =>
        Armed.TryRemove(streamId, out _)
            ? throw new IOException($"the append to {streamId} fails on purpose")
            : inner.AppendAsync(streamId, expectedVersion, events, projections, cancellationToken);

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default) =>
        inner.ReadStreamAsync(streamId, afterVersion, cancellationToken);

    public Task<IReadOnlyList<StoredEvent>> ReadStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken cancellationToken = default) =>
        inner.ReadStreamsAsync(streamIds, cancellationToken);

    public Task<IReadOnlyList<StoredEvent>> ReadLogAsync(CancellationToken cancellationToken = default) => inner.ReadLogAsync(cancellationToken);

    public Task<TrailHeads> ReadHeadsAsync(CancellationToken cancellationToken = default) => inner.ReadHeadsAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
