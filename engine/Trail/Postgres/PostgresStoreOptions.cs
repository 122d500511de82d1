namespace Supervision.Engine.Trail.Postgres;

/// <summary>Where the PostgreSQL store lives (an Npgsql connection string) and how its writer batches.</summary>
public sealed record PostgresStoreOptions(string ConnectionString)
{
    /// <summary>At most this many queued writes share one transaction; bounds the latency of a single commit.</summary>
    public int MaxBatchSize { get; init; } = 512;

    /// <summary>The clock that stamps <c>schema_migrations.applied_at</c>.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
