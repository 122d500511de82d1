using Microsoft.Data.Sqlite;
using Supervision.Engine.Hosting;

namespace Supervision.Engine.Backup;

/// <summary>
/// Writes one gzip'd tar of a data folder while the host may be serving on it: the checkpoints are listed first (so
/// none is newer than the copied store), then the databases are copied with SQLite's online backup, then keys and
/// attachments (so every file the copied store names is there). Written aside and moved into place at the end;
/// on any failure nothing is left.
/// </summary>
public sealed class BackupWriter(string dataDirectory, TimeProvider clock)
{
    private readonly string _data = Path.GetFullPath(dataDirectory);

    public Task<BackupManifest> WriteAsync(string target, IProgress<(string Step, double Done)>? progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(_data, DataFolderLayout.Database)))
        {
            throw new BackupRefusedException($"There is no embedded store ({DataFolderLayout.Database}) in the data folder {_data}.") { Code = BackupFailure.NoStore };
        }

        return BackupArchive.WriteAsync(target, async staging =>
        {
            var checkpoints = BackupArchive.Checkpoints(_data);
            progress?.Report(("store", 0));
            var databases = DataFolderLayout.Databases.Where(d => File.Exists(Path.Combine(_data, d))).ToList();
            foreach (var database in databases)
            {
                SqliteSnapshot.Copy(Path.Combine(_data, database), Path.Combine(staging, database));
            }

            var (installation, log) = await ReadCopyAsync(Path.Combine(staging, DataFolderLayout.Database), cancellationToken);
            var sources = databases.Select(d => (Path: d, Source: Path.Combine(staging, d)))
                .Concat(checkpoints.Concat(BackupArchive.Files(_data)).Select(f => (Path: f, Source: Path.Combine(_data, f))))
                .ToList();
            var newest = BackupArchive.NewestCheckpoint(_data, checkpoints);
            return new BackupArchive.Staged(sources, files => new BackupManifest(
                BackupManifest.FormatName, clock.GetUtcNow(), installation, StoreSetup.Sqlite, log, newest, files));
        }, progress, cancellationToken);
    }

    private static async Task<(string, BackupLog)> ReadCopyAsync(string database, CancellationToken cancellationToken)
    {
        try
        {
            await using var store = StoreSetup.Create(StoreSetup.Sqlite, database);
            await store.InitializeAsync(cancellationToken);
            return await StoreFacts.ReadAsync(store, cancellationToken);
        }
        finally
        {
            // The copy's pooled connections hold its file; release them before the staging folder goes.
            SqliteConnection.ClearAllPools();
        }
    }
}
