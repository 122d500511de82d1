using Microsoft.Data.Sqlite;
using Supervision.Engine.Hosting;

namespace Supervision.Engine.Backup;

/// <summary>
/// <c>restore</c> and <c>backup --verify</c>: unpack into a fresh folder beside the target, check every file and the
/// store, and only then rename it into place (restore) or remove it (verify). A refused archive leaves nothing.
/// </summary>
public static class BackupRestore
{
    /// <summary>What was checked; <see cref="StoreUnchecked"/> says why the trails were not, when they could not be (a PostgreSQL archive without a database).</summary>
    public sealed record Outcome(BackupManifest Manifest, int Events, int Streams, int Checkpoints)
    {
        public string? StoreUnchecked { get; init; }
    }

    /// <summary>
    /// Restores <paramref name="archive"/> into <paramref name="target"/>, which must be missing or empty; a PostgreSQL
    /// archive's store into the empty database of <paramref name="postgres"/>, its files into <paramref name="target"/>.
    /// </summary>
    public static async Task<Outcome> RestoreAsync(
        string archive, string target, IProgress<(string Step, double Done)>? progress, CancellationToken cancellationToken, string? postgres = null)
    {
        target = Path.GetFullPath(target.TrimEnd(Path.DirectorySeparatorChar));
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            throw new BackupRefusedException($"The target {target} is not an empty folder; restore only into a new or empty data folder.");
        }

        if (postgres is not null)
        {
            await PostgresRestore.EnsureEmptyAsync(postgres, cancellationToken);
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
            var outcome = await CheckAsync(archive, working, progress, new Database(postgres, Keep: true), cancellationToken);
            File.Delete(Path.Combine(working, DataFolderLayout.Dump));
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

    /// <summary>Every check of a restore, in a temporary folder removed afterwards (and a PostgreSQL archive's in the empty database of <paramref name="postgres"/>, emptied again).</summary>
    public static async Task<Outcome> VerifyAsync(string archive, IProgress<(string Step, double Done)>? progress, CancellationToken cancellationToken, string? postgres = null)
    {
        if (postgres is not null)
        {
            await PostgresRestore.EnsureEmptyAsync(postgres, cancellationToken);
        }

        var working = Directory.CreateTempSubdirectory("supervision-verify-").FullName;
        try
        {
            return await CheckAsync(archive, working, progress, new Database(postgres, Keep: false), cancellationToken);
        }
        finally
        {
            Remove(working);
        }
    }

    // Where a PostgreSQL archive's store goes, and whether it stays there.
    private sealed record Database(string? Connection, bool Keep);

    private static async Task<Outcome> CheckAsync(string archive, string folder, IProgress<(string Step, double Done)>? progress, Database database, CancellationToken cancellationToken)
    {
        if (!File.Exists(archive))
        {
            throw new BackupRefusedException($"The archive {Path.GetFullPath(archive)} does not exist.");
        }

        try
        {
            var manifest = await ArchiveExtraction.ExtractAsync(archive, folder, progress, cancellationToken);
            return (manifest.Store == StoreSetup.Postgres, database.Connection) switch
            {
                (false, null) => Of(manifest, await RestoredStoreCheck.RunAsync(folder, manifest, cancellationToken)),
                (false, _) => throw new BackupRefusedException("it is a backup of an embedded store, which restores into a data folder: leave out --connection."),
                (true, { } connection) => Of(manifest, await PostgresRestore.RunAsync(folder, manifest, connection, database.Keep, cancellationToken)),
                (true, null) when database.Keep => throw new BackupRefusedException(
                    "it is a backup of a PostgreSQL store: give --connection with the connection string of an empty PostgreSQL database to restore it into."),
                (true, null) => await UncheckedAsync(folder, manifest, cancellationToken),
            };
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

    private static Outcome Of(BackupManifest manifest, (int Events, int Streams, int Checkpoints) found) =>
        new(manifest, found.Events, found.Streams, found.Checkpoints);

    private static async Task<Outcome> UncheckedAsync(string folder, BackupManifest manifest, CancellationToken cancellationToken)
    {
        await PostgresRestore.ReadAsync(folder, cancellationToken);
        return new Outcome(manifest, 0, manifest.Log.Streams, 0)
        {
            StoreUnchecked = "its dump reads to the end, but its trails are checked only in a database: add --connection with an empty PostgreSQL database to verify them there",
        };
    }

    private static void Remove(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
