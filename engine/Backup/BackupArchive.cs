using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using Supervision.Engine.Trail.Checkpoints;

namespace Supervision.Engine.Backup;

/// <summary>
/// The archive both stores' backups write: files staged in a folder beside the target, one gzip'd tar with every entry
/// hashed as it is written and the manifest last, written as <c>FILE.partial</c> and renamed when complete. On any
/// failure nothing is left: neither the staging folder nor the partial file.
/// </summary>
internal static class BackupArchive
{
    /// <summary>What a store's backup staged: the entries (archive path, file to read) and the manifest over their hashes.</summary>
    public sealed record Staged(List<(string Path, string Source)> Sources, Func<List<BackupFile>, BackupManifest> ManifestOf);

    public static async Task<BackupManifest> WriteAsync(
        string target,
        Func<string, Task<Staged>> stage,
        IProgress<(string Step, double Done)>? progress,
        CancellationToken cancellationToken)
    {
        target = Path.GetFullPath(target);
        if (File.Exists(target))
        {
            throw new BackupRefusedException($"The backup target {target} already exists; choose a new file name.") { Code = BackupFailure.TargetExists };
        }

        var staging = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.staging");
        var partial = target + ".partial";
        try
        {
            Directory.CreateDirectory(staging);
            var staged = await stage(staging);
            var manifest = await WriteTarAsync(partial, staged, progress, cancellationToken);
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
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>The signed checkpoints of a data folder (listed before the store is copied, so none is newer than it).</summary>
    public static List<string> Checkpoints(string data) =>
        [.. DataFolderLayout.FilesUnder(data, DataFolderLayout.Checkpoints).Where(f => f.EndsWith(".json", StringComparison.Ordinal))];

    /// <summary>Keys and attachments (listed after the store is copied, so every file it names is there).</summary>
    public static List<string> Files(string data) => [.. DataFolderLayout.FileFolders.SelectMany(f => DataFolderLayout.FilesUnder(data, f))];

    public static BackupCheckpoint? NewestCheckpoint(string data, List<string> checkpoints)
    {
        if (checkpoints.Count == 0)
        {
            return null;
        }

        var newest = checkpoints.Max(StringComparer.Ordinal)!;
        var checkpoint = TrailCheckpoint.Parse(File.ReadAllText(Path.Combine(data, newest)));
        return new BackupCheckpoint(newest, checkpoint.Heads.Position, checkpoint.Fingerprint);
    }

    private static async Task<BackupManifest> WriteTarAsync(string partial, Staged staged, IProgress<(string, double)>? progress, CancellationToken cancellationToken)
    {
        var total = Math.Max(1, staged.Sources.Sum(s => new FileInfo(s.Source).Length));
        long done = 0;
        var files = new List<BackupFile>();
        BackupManifest manifest;
        await using (var output = new FileStream(partial, FileMode.CreateNew, FileAccess.Write))
        {
            await using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
            {
                foreach (var (path, source) in staged.Sources)
                {
                    await using var input = File.OpenRead(source);
                    var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(input, cancellationToken));
                    input.Position = 0;
                    await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = input }, cancellationToken);
                    files.Add(new BackupFile(path, input.Length, sha));
                    done += input.Length;
                    progress?.Report((path, (double)done / total));
                }

                manifest = staged.ManifestOf(files);
                using var json = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(manifest.ToJson()));
                await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, BackupManifest.EntryName) { DataStream = json }, cancellationToken);
            }

            // Durable before it takes its name.
            output.Flush(flushToDisk: true);
        }

        return manifest;
    }
}
