using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using Supervision.Engine.Hosting;

namespace Supervision.Engine.Backup;

/// <summary>
/// Unpacks a backup archive into a folder, hashing every entry as it is written, and holds the entries against the
/// manifest: every file it names present with its size and SHA-256, nothing else, no path leaving the folder.
/// </summary>
public static class ArchiveExtraction
{
    public static async Task<BackupManifest> ExtractAsync(string archive, string folder, IProgress<(string Step, double Done)>? progress, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, BackupFile>(StringComparer.Ordinal);
        string? manifestJson = null;
        try
        {
            await using var input = File.OpenRead(archive);
            await using var gzip = new GZipStream(input, CompressionMode.Decompress);
            await using var tar = new TarReader(gzip);
            while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                if (manifestJson is not null)
                {
                    throw new BackupRefusedException($"it holds '{entry.Name}' after its manifest: entries were added to it.");
                }

                if (entry.Name == BackupManifest.EntryName)
                {
                    using var reader = new StreamReader(entry.DataStream ?? Stream.Null);
                    manifestJson = await reader.ReadToEndAsync(cancellationToken);
                    continue;
                }

                found[entry.Name] = await WriteAsync(entry, folder, cancellationToken);
                progress?.Report((entry.Name, (double)input.Position / Math.Max(1, input.Length)));
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException)
        {
            throw new BackupRefusedException($"it cannot be read to the end ({e.Message}): the archive is damaged or truncated.", e);
        }

        var manifest = manifestJson is null
            ? throw new BackupRefusedException("it has no manifest: the archive is truncated, or it is not a Supervision backup.")
            : BackupManifest.Parse(manifestJson);
        Compare(manifest, found);
        return manifest;
    }

    private static async Task<BackupFile> WriteAsync(TarEntry entry, string folder, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(folder, entry.Name));
        if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)
            || Path.IsPathRooted(entry.Name) || !path.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new BackupRefusedException($"its entry '{entry.Name}' is not a file inside a data folder: it is not a Supervision backup.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        var buffer = new byte[81920];
        int read;
        var source = entry.DataStream ?? Stream.Null;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return new BackupFile(entry.Name, output.Length, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }

    private static void Compare(BackupManifest manifest, Dictionary<string, BackupFile> found)
    {
        foreach (var file in manifest.Files)
        {
            if (!found.Remove(file.Path, out var actual))
            {
                throw new BackupRefusedException($"the file '{file.Path}' its manifest names is missing from it.");
            }

            if (actual != file)
            {
                throw new BackupRefusedException($"the file '{file.Path}' does not match its SHA-256 in the manifest: the archive was altered or damaged.");
            }
        }

        if (found.Keys.FirstOrDefault() is { } stray)
        {
            throw new BackupRefusedException($"it holds '{stray}', which its manifest does not name: files were added to it.");
        }

        var (store, kind) = manifest.Store == StoreSetup.Postgres ? (DataFolderLayout.Dump, "a PostgreSQL") : (DataFolderLayout.Database, "an embedded");
        if (!manifest.Files.Any(f => f.Path == store))
        {
            throw new BackupRefusedException($"it holds no {store}: it is not a backup of {kind} store.");
        }
    }
}
