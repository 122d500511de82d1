using System.Diagnostics;
using System.Text.Json;
using Supervision.Engine.Backup;
using Supervision.Engine.Hosting;

namespace Supervision.Benchmarks;

/// <summary>
/// <c>backup</c> of a data folder (an evaluation year or a simulation's folder, <c>--data DIR</c>): archive time and
/// size, and <c>backup --verify</c> (unpack, hashes, every trail and checkpoint), against baselines measured in the
/// same run: a plain copy of the same files, and reading and decoding the whole log. The folder is not served meanwhile.
/// </summary>
public static class BackupBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not ["--data", var data] || !File.Exists(Path.Combine(data, DataFolderLayout.Database)))
        {
            Console.Error.WriteLine("usage: backup --data DIR (a data folder with supervision.db, e.g. one written by `simulate --out DIR`)");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("supervision-bench-backup-").FullName;
        try
        {
            Console.Error.WriteLine("[1/4] baseline: a plain copy of the same files …");
            var copy = Stopwatch.StartNew();
            var copied = CopyFiles(data, Path.Combine(work, "copy"));
            var copyMs = copy.Elapsed.TotalMilliseconds;

            Console.Error.WriteLine("[2/4] backup …");
            var archive = Path.Combine(work, "backup.tar.gz");
            var backup = Stopwatch.StartNew();
            var manifest = await new BackupWriter(data, TimeProvider.System).WriteAsync(archive, null, CancellationToken.None);
            var backupMs = backup.Elapsed.TotalMilliseconds;

            Console.Error.WriteLine("[3/4] baseline: read and decode the whole log …");
            var read = Stopwatch.StartNew();
            await using (var store = StoreSetup.Create(StoreSetup.Sqlite, Path.Combine(work, "copy", DataFolderLayout.Database)))
            {
                await store.InitializeAsync();
                _ = await store.Log.ReadLogAsync();
            }

            var readMs = read.Elapsed.TotalMilliseconds;
            Console.Error.WriteLine("[4/4] backup --verify …");
            var verify = Stopwatch.StartNew();
            var outcome = await BackupRestore.VerifyAsync(archive, null, CancellationToken.None);
            var verifyMs = verify.Elapsed.TotalMilliseconds;

            Console.WriteLine(JsonSerializer.Serialize(new
            {
                benchmark = "backup",
                events = outcome.Events,
                streams = outcome.Streams,
                files = manifest.Files.Count,
                folder_bytes = copied,
                archive_bytes = new FileInfo(archive).Length,
                copy_ms = Math.Round(copyMs, 1),
                backup_ms = Math.Round(backupMs, 1),
                backup_vs_copy = Math.Round(backupMs / copyMs, 2),
                read_log_ms = Math.Round(readMs, 1),
                verify_ms = Math.Round(verifyMs, 1),
                verify_vs_read_log = Math.Round(verifyMs / readMs, 2),
            }));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static long CopyFiles(string data, string target)
    {
        long bytes = 0;
        foreach (var file in DataFolderLayout.Databases.Where(d => File.Exists(Path.Combine(data, d)))
            .Concat(DataFolderLayout.FileFolders.Append(DataFolderLayout.Checkpoints).SelectMany(f => DataFolderLayout.FilesUnder(data, f))))
        {
            var to = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(Path.Combine(data, file), to);
            bytes += new FileInfo(to).Length;
        }

        return bytes;
    }
}
