namespace Supervision.Engine.Trail;

/// <summary>Where the embedded event store keeps its database and how long it waits for a locked file.</summary>
public sealed record SqliteStoreOptions(string DatabasePath)
{
    /// <summary>How long a connection waits for another process's lock before failing (SQLite busy timeout).</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>At most this many queued writes share one transaction; bounds the latency of a single commit.</summary>
    public int MaxBatchSize { get; init; } = 512;

    /// <summary>The clock that stamps <c>schema_migrations.applied_at</c>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
