using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using Supervision.Engine.Trail;

namespace Supervision.Tests.Shared;

/// <summary>
/// The yardstick for the PostgreSQL benchmark: how many single-row INSERT + COMMIT appends per second one connection
/// gets from this server with synchronous commits (the store's setting), without hashing, batching or grains.
/// </summary>
public static class PostgresBaseline
{
    /// <summary>Appends one row per transaction to a scratch table for <paramref name="duration"/>; returns appends per second.</summary>
    public static async Task<double> MeasureRawAppendsAsync(string connectionString, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var setup = new NpgsqlCommand(
            """
            SET synchronous_commit = on;
            CREATE TABLE IF NOT EXISTS baseline_events (
                position BIGSERIAL PRIMARY KEY, stream_id TEXT NOT NULL, version BIGINT NOT NULL,
                payload TEXT NOT NULL, at TEXT NOT NULL, UNIQUE (stream_id, version));
            """, connection))
        {
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = new NpgsqlCommand("INSERT INTO baseline_events (stream_id, version, payload, at) VALUES (@stream, @version, '{\"n\":1}', @at);", connection);
        insert.Parameters.Add(new NpgsqlParameter("stream", NpgsqlDbType.Text) { Value = "baseline-" + Guid.NewGuid().ToString("N") });
        var version = insert.Parameters.Add(new NpgsqlParameter("version", NpgsqlDbType.Bigint));
        var at = insert.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.Text));
        await insert.PrepareAsync(cancellationToken);
        var clock = Stopwatch.StartNew();
        long appends = 0;
        while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            insert.Transaction = transaction;
            version.Value = ++appends;
            at.Value = TrailTime.Format(TimeProvider.System.GetUtcNow());
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return appends / clock.Elapsed.TotalSeconds;
    }
}
