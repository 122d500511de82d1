using System.Diagnostics;
using Microsoft.Data.Sqlite;

using Supervision.Engine.Trail;

namespace Supervision.Tests.Shared;

/// <summary>
/// The yardstick for the benchmark: how many single-row INSERT + COMMIT appends per second this disk allows with the
/// store's pragmas (WAL, synchronous=FULL), without hashing, batching or grains.
/// </summary>
public static class SqliteBaseline
{
    /// <summary>Appends one row per transaction to a scratch table in <paramref name="path"/> for <paramref name="duration"/>; returns appends per second.</summary>
    public static async Task<double> MeasureRawAppendsAsync(string path, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connections = new SqliteConnections(new SqliteStoreOptions(path));
        await using var connection = connections.OpenWriter();
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS baseline_events (
                    position INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, version INTEGER NOT NULL,
                    payload TEXT NOT NULL, at TEXT NOT NULL, UNIQUE (stream_id, version));
                """;
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO baseline_events (stream_id, version, payload, at) VALUES (@stream, @version, '{\"n\":1}', @at);";
        var stream = insert.Parameters.Add("@stream", SqliteType.Text);
        var version = insert.Parameters.Add("@version", SqliteType.Integer);
        var at = insert.Parameters.Add("@at", SqliteType.Text);
        stream.Value = "baseline-" + Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        long appends = 0;
        while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
        {
            await using var transaction = connection.BeginTransaction(deferred: false);
            insert.Transaction = transaction;
            version.Value = ++appends;
            at.Value = TrailTime.Format(TimeProvider.System.GetUtcNow());
            await insert.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return appends / clock.Elapsed.TotalSeconds;
    }
}
