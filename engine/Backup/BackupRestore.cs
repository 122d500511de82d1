using Microsoft.Data.Sqlite;

namespace Supervision.Engine.Backup;

/// <summary>
/// <c>restore</c> and <c>backup --verify</c>: unpack into a fresh folder beside the target, check every file and the
/// store, and only then rename it into place (restore) or remove it (verify). A refused archive leaves nothing.
/// </summary>
public static class BackupRestore
{
    public sealed record Outcome(BackupManifest Manifest, int Events, int Streams, int Checkpoints);

    /// <summary>Restores <paramref name="archive"/> into <paramref name="target"/>, which must be missing or empty.</summary>
    public static async Task<Outcome> RestoreAsync(string archive, string target, IProgress<(string Step, double Done)>? progress, CancellationToken cancellationToken)
    {
        target = Path.GetFullPath(target.TrimEnd(Path.DirectorySeparatorChar));
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            throw new BackupRefusedException($"The target {target} is not an empty folder; restore only into a new or empty data folder.");
        }

        var parent = Path.GetDirectoryName(target)!;
        var working = Path.Combine(parent, $".{Path.GetFileName(target)}.restoring-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(working);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BackupRefusedException($"Cannot write beside the target {target}: {e.Message}", e);
        }

        try
        {
            var outcome = await CheckAsync(archive, working, progress, cancellationToken);
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(working, target);
            return outcome;
        }
        finally
        {
            Remove(working);
        }
    }

    /// <summary>Every check of a restore, in a temporary folder removed afterwards.</summary>
    public static async Task<Outcome> VerifyAsync(string archive, IProgress<(string Step, double Done)>? progress, CancellationToken cancellationToken)
    {
        var working = Directory.CreateTempSubdirectory("supervision-verify-").FullName;
        try
        {
            return await CheckAsync(archive, working, progress, cancellationToken);
        }
        finally
        {
            Remove(working);
        }
    }

    private static async Task<Outcome> CheckAsync(string archive, string folder, IProgress<(string Step, double Done)>? progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(archive))
        {
            throw new BackupRefusedException($"The archive {Path.GetFullPath(archive)} does not exist.");
        }

        try
        {
            var manifest = await ArchiveExtraction.ExtractAsync(archive, folder, progress, cancellationToken);
            var (events, streams, checkpoints) = await RestoredStoreCheck.RunAsync(folder, manifest, cancellationToken);
            return new Outcome(manifest, events, streams, checkpoints);
        }
        catch (BackupRefusedException e)
        {
            throw new BackupRefusedException($"The archive {Path.GetFileName(archive)} is refused: {e.Message}", e);
        }
        catch (SqliteException e)
        {
            throw new BackupRefusedException($"The archive {Path.GetFileName(archive)} is refused: its store cannot be opened ({e.Message}).", e);
        }
        finally
        {
            // The store's pooled connections hold its files; release them before the folder moves or goes.
            SqliteConnection.ClearAllPools();
        }
    }

    private static void Remove(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
