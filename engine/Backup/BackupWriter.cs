using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Supervision.Engine.Hosting;
using Supervision.Engine.Trail.Checkpoints;

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

    public async Task<BackupManifest> WriteAsync(string target, IProgress<(string Step, double Done)>? progress, CancellationToken cancellationToken)
    {
        target = Path.GetFullPath(target);
        if (!File.Exists(Path.Combine(_data, DataFolderLayout.Database)))
        {
            throw new BackupRefusedException($"There is no embedded store ({DataFolderLayout.Database}) in the data folder {_data}.") { Code = BackupFailure.NoStore };
        }

        if (File.Exists(target))
        {
            throw new BackupRefusedException($"The backup target {target} already exists; choose a new file name.") { Code = BackupFailure.TargetExists };
        }

        var staging = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.staging");
        var partial = target + ".partial";
        try
        {
            Directory.CreateDirectory(staging);
            var checkpoints = DataFolderLayout.FilesUnder(_data, DataFolderLayout.Checkpoints).Where(f => f.EndsWith(".json", StringComparison.Ordinal)).ToList();
            progress?.Report(("store", 0));
            var databases = DataFolderLayout.Databases.Where(d => File.Exists(Path.Combine(_data, d))).ToList();
            foreach (var database in databases)
            {
                SqliteSnapshot.Copy(Path.Combine(_data, database), Path.Combine(staging, database));
            }

            var (installation, log) = await ReadCopyAsync(Path.Combine(staging, DataFolderLayout.Database), cancellationToken);
            var files = DataFolderLayout.FileFolders.SelectMany(f => DataFolderLayout.FilesUnder(_data, f)).ToList();
            var sources = databases.Select(d => (Path: d, Source: Path.Combine(staging, d)))
                .Concat(checkpoints.Concat(files).Select(f => (Path: f, Source: Path.Combine(_data, f))))
                .ToList();
            var manifest = await WriteArchiveAsync(partial, sources, files => new BackupManifest(
                BackupManifest.FormatName, clock.GetUtcNow(), installation, StoreSetup.Sqlite, log, NewestCheckpoint(checkpoints), files), progress, cancellationToken);
            File.Move(partial, target);
            return manifest;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static async Task<(string, BackupLog)> ReadCopyAsync(string database, CancellationToken cancellationToken)
    {
        await using var store = StoreSetup.Create(StoreSetup.Sqlite, database);
        await store.InitializeAsync(cancellationToken);
        return await StoreFacts.ReadAsync(store, cancellationToken);
    }

    private BackupCheckpoint? NewestCheckpoint(List<string> checkpoints)
    {
        if (checkpoints.Count == 0)
        {
            return null;
        }

        var newest = checkpoints.Max(StringComparer.Ordinal)!;
        var checkpoint = TrailCheckpoint.Parse(File.ReadAllText(Path.Combine(_data, newest)));
        return new BackupCheckpoint(newest, checkpoint.Heads.Position, checkpoint.Fingerprint);
    }

    // One tar inside gzip; each entry hashed as it is written, the manifest last.
    private static async Task<BackupManifest> WriteArchiveAsync(
        string partial,
        List<(string Path, string Source)> sources,
        Func<List<BackupFile>, BackupManifest> manifestOf,
        IProgress<(string, double)>? progress,
        CancellationToken cancellationToken)
    {
        var total = Math.Max(1, sources.Sum(s => new FileInfo(s.Source).Length));
        long done = 0;
        var files = new List<BackupFile>();
        BackupManifest manifest;
        await using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
        {
            await using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
            {
                foreach (var (path, source) in sources)
                {
                    await using var input = File.OpenRead(source);
                    var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(input, cancellationToken));
                    input.Position = 0;
                    await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = input }, cancellationToken);
                    files.Add(new BackupFile(path, input.Length, sha));
                    done += input.Length;
                    progress?.Report((path, (double)done / total));
                }

                manifest = manifestOf(files);
                using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(manifest.ToJson()));
                await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, BackupManifest.EntryName) { DataStream = json }, cancellationToken);
            }

            // Durable before it takes its name.
            output.Flush(flushToDisk: true);
        }

        return manifest;
    }
}
