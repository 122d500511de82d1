using Microsoft.Data.Sqlite;
using Npgsql;
using Supervision.Engine.Trail.Checkpoints;
using Supervision.Engine.Trail.Postgres;

namespace Supervision.Engine.Trail.Moving;

/// <summary>
/// Moves an embedded installation up: every table of the SQLite file (the log with its hashes, read models, users and
/// tokens, reactions, obligations, drafts, idempotency answers, notices) into an empty PostgreSQL database, in one
/// transaction, then proves the move: the whole log verifies, its heads equal the source's, and every signed
/// checkpoint of the installation holds against the moved log.
/// </summary>
public sealed class StoreMove(string sqlitePath, string postgres, IReadOnlyList<Migration> migrations, IProgress<string> progress)
{
    /// <summary>Copies and verifies; throws <see cref="StoreMoveException"/> with a sentence when the target is not empty or the proof fails.</summary>
    public async Task<MoveReport> RunAsync(IReadOnlyList<string> checkpointFiles, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(sqlitePath))
        {
            throw new StoreMoveException($"There is no embedded database at {sqlitePath}.");
        }

        await using (var probe = new NpgsqlConnection(postgres))
        {
            await probe.OpenAsync(cancellationToken);
            if (await TargetTables.FirstWithRowsAsync(probe, cancellationToken) is { } occupied)
            {
                throw new StoreMoveException(
                    $"The PostgreSQL database '{probe.Database}' is not empty (table {occupied} has rows); moving needs an empty database, so nothing was copied.");
            }
        }

        // Both schemas brought to this version's migrations, so the tables match column for column.
        await using var source = new SqliteEventStore(new SqliteStoreOptions(sqlitePath), migrations);
        await source.InitializeAsync(cancellationToken);
        await using var target = new PostgresEventStore(new PostgresStoreOptions(postgres), migrations);
        await target.InitializeAsync(cancellationToken);

        var rows = await CopyAsync(cancellationToken);
        progress.Report("verifying the moved trail …");
        var log = await target.ReadLogAsync(cancellationToken);
        var verification = TrailVerifier.Verify(log, wholeLog: true);
        if (!verification.Intact)
        {
            throw new StoreMoveException($"The moved trail does not verify: {verification.FirstFault}.");
        }

        var (before, after) = (await source.ReadHeadsAsync(cancellationToken), await target.ReadHeadsAsync(cancellationToken));
        if (before.Position != after.Position || before.LogHash != after.LogHash || !before.Streams.SequenceEqual(after.Streams))
        {
            throw new StoreMoveException($"The moved trail's heads differ from the source's (position {before.Position} → {after.Position}).");
        }

        var document = new TrailDocument("move", DateTimeOffset.UtcNow, log) { Scope = TrailScope.WholeLog };
        foreach (var file in checkpointFiles)
        {
            var check = TrailCheck.Run(document, TrailCheckpoint.Parse(await File.ReadAllTextAsync(file, cancellationToken)));
            if (!check.Intact)
            {
                throw new StoreMoveException($"The moved trail does not hold against the checkpoint {Path.GetFileName(file)}: {string.Join("; ", check.Cuts)}.");
            }
        }

        return new MoveReport(rows, log.Count, after.Streams.Count, checkpointFiles.Count);
    }

    private async Task<IReadOnlyDictionary<string, long>> CopyAsync(CancellationToken cancellationToken)
    {
        await using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await from.OpenAsync(cancellationToken);
        await using var to = new NpgsqlConnection(postgres);
        await to.OpenAsync(cancellationToken);
        await using var transaction = await to.BeginTransactionAsync(cancellationToken);
        var copied = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (table, count) in await SourceTables.ListAsync(from, cancellationToken))
        {
            copied[table] = await TableCopy.RunAsync(from, to, table, count, progress, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return copied;
    }
}
