using System.Data;
using Npgsql;
using Supervision.Engine.Hosting;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Postgres;

namespace Supervision.Engine.Backup;

/// <summary>
/// <c>backup --store postgres</c>: the database as <c>pg_dump --format=custom</c> of one exported snapshot, with the
/// manifest's installation, log position and stream heads read inside that same snapshot, so the manifest states
/// exactly the log the dump holds; then keys, checkpoints and attachments of this node's data folder, in the archive
/// layout of the embedded store's backup. Nodes keep writing: the snapshot holds no lock a commit waits for.
/// </summary>
public sealed class PostgresBackupWriter(string connection, string dataDirectory, TimeProvider clock)
{
    private readonly string _data = Path.GetFullPath(dataDirectory);

    public Task<BackupManifest> WriteAsync(string target, IProgress<(string Step, double Done)>? progress, CancellationToken cancellationToken)
    {
        var pgDump = PgTools.Find("pg_dump");
        return BackupArchive.WriteAsync(target, async staging =>
        {
            var checkpoints = BackupArchive.Checkpoints(_data);
            progress?.Report(("pg_dump", 0));
            var dump = Path.Combine(staging, DataFolderLayout.Dump);
            var (installation, log) = await DumpAsync(pgDump, dump, cancellationToken);
            var sources = new List<(string Path, string Source)> { (DataFolderLayout.Dump, dump) };
            sources.AddRange(checkpoints.Concat(BackupArchive.Files(_data)).Select(f => (f, Path.Combine(_data, f))));
            var newest = BackupArchive.NewestCheckpoint(_data, checkpoints);
            return new BackupArchive.Staged(sources, files => new BackupManifest(
                BackupManifest.FormatName, clock.GetUtcNow(), installation, StoreSetup.Postgres, log, newest, files));
        }, progress, cancellationToken);
    }

    // The snapshot stays open (its transaction) until pg_dump has read it.
    private async Task<(string, BackupLog)> DumpAsync(string pgDump, string dump, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync(cancellationToken);
            await using var snapshot = await db.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await Scalar(db, "SET TRANSACTION READ ONLY;", cancellationToken);
            var id = (string)(await Scalar(db, "SELECT pg_export_snapshot();", cancellationToken))!;
            var facts = await ReadFactsAsync(db, cancellationToken);
            await PgTools.RunAsync(pgDump, connection, ["--format=custom", $"--snapshot={id}", $"--file={dump}"], cancellationToken);
            await snapshot.CommitAsync(cancellationToken);
            return facts;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            throw new BackupRefusedException($"The PostgreSQL database of Supervision:Postgres holds no Supervision store ({e.MessageText}).", e) { Code = BackupFailure.NoStore };
        }
        catch (NpgsqlException e)
        {
            throw new BackupRefusedException($"The PostgreSQL database of Supervision:Postgres cannot be read: {e.Message}", e) { Code = BackupFailure.StoreUnreadable };
        }
    }

    private static async Task<(string, BackupLog)> ReadFactsAsync(NpgsqlConnection db, CancellationToken cancellationToken)
    {
        var first = await Scalar(db, "SELECT log_hash FROM events ORDER BY position LIMIT 1;", cancellationToken);
        if (first is null)
        {
            return (StoreFacts.EmptyInstallation, StoreFacts.Describe(TrailHeads.Empty));
        }

        await using var head = new NpgsqlCommand("SELECT position, log_hash FROM events ORDER BY position DESC LIMIT 1;", db);
        await using var reader = await head.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (position, logHash) = (reader.GetInt64(0), reader.GetString(1));
        await reader.CloseAsync();
        var streams = new List<StreamHead>();
        await using var heads = new NpgsqlCommand(PostgresDialect.StreamHeadsSql, db);
        await using var rows = await heads.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            streams.Add(new StreamHead(rows.GetString(0), rows.GetInt64(1), rows.GetString(2)));
        }

        return ($"log:{first}", StoreFacts.Describe(new TrailHeads(position, logHash, streams)));
    }

    private static async Task<object?> Scalar(NpgsqlConnection db, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
