namespace Supervision.Engine.Trail;

/// <summary>
/// The event log: append-only, hash-chained, with per-stream optimistic concurrency and read models projected in the
/// same transaction as the events. Plain table access is <see cref="ITables"/>, apart. SQLite (embedded) and
/// PostgreSQL (cluster) implement both.
/// </summary>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>Creates or upgrades the schema (the store's own tables and every registered migration).</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends events to a stream whose current version must equal <paramref name="expectedVersion"/> (0 for a new stream),
    /// and runs the projections in the same transaction. Returns once the events are durable.
    /// Throws <see cref="StreamConcurrencyException"/> when the stream moved on; then nothing is written.
    /// </summary>
    Task<IReadOnlyList<StoredEvent>> AppendAsync(
        string streamId,
        long expectedVersion,
        IReadOnlyList<NewEvent> events,
        IReadOnlyList<ProjectionWrite> projections,
        CancellationToken cancellationToken = default);

    /// <summary>The events of one stream in version order, starting after <paramref name="afterVersion"/>.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string streamId, long afterVersion = 0, CancellationToken cancellationToken = default);

    /// <summary>The events of several streams merged in global position order (an item's whole trail).</summary>
    Task<IReadOnlyList<StoredEvent>> ReadStreamsAsync(IReadOnlyCollection<string> streamIds, CancellationToken cancellationToken = default);

    /// <summary>Every event of the log in position order: the whole trail, for inspectors.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadLogAsync(CancellationToken cancellationToken = default);

    /// <summary>The log's head and every stream's head, read as one consistent snapshot: what a checkpoint signs.</summary>
    Task<TrailHeads> ReadHeadsAsync(CancellationToken cancellationToken = default);

}
