using Supervision.Engine.Hosting;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Checkpoints;

namespace Supervision.Engine.Backup;

/// <summary>
/// Holds an unpacked data folder against its manifest: the store is of the installation the manifest names and at
/// the heads it states, every trail verifies (the whole log's chains, as <c>verify-trail</c> checks them), and every
/// signed checkpoint is by a key of this installation and holds against the log.
/// </summary>
public static class RestoredStoreCheck
{
    /// <summary>Throws <see cref="BackupRefusedException"/> at the first thing that does not hold; else the events and checkpoints checked.</summary>
    public static async Task<(int Events, int Streams, int Checkpoints)> RunAsync(string folder, BackupManifest manifest, CancellationToken cancellationToken)
    {
        await using var store = StoreSetup.Create(StoreSetup.Sqlite, Path.Combine(folder, DataFolderLayout.Database));
        return await RunAsync(store, folder, manifest, cancellationToken);
    }

    /// <summary>The same checks on a store already restored elsewhere (a PostgreSQL database), with the archive's files in <paramref name="folder"/>.</summary>
    public static async Task<(int Events, int Streams, int Checkpoints)> RunAsync(Storage store, string folder, BackupManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(manifest);
        await store.InitializeAsync(cancellationToken);
        var (installation, log) = await StoreFacts.ReadAsync(store, cancellationToken);
        if (installation != manifest.Installation)
        {
            throw new BackupRefusedException($"its manifest names the installation {manifest.Installation} but its store is of {installation}: it mixes files of another installation.");
        }

        if (log != manifest.Log)
        {
            throw new BackupRefusedException($"its store's log (position {log.Position}, {log.Streams} streams) is not the one its manifest states (position {manifest.Log.Position}, {manifest.Log.Streams} streams).");
        }

        var events = await store.Log.ReadLogAsync(cancellationToken);
        var verification = TrailVerifier.Verify(events, wholeLog: true);
        if (verification.FirstFault is { } fault)
        {
            throw new BackupRefusedException($"its trail does not verify at position {fault.Position}: {fault.Reason}");
        }

        var document = new TrailDocument("backup", DateTimeOffset.UnixEpoch, events) { Scope = TrailScope.WholeLog };
        var checkpoints = manifest.Files.Select(f => f.Path)
            .Where(p => p.StartsWith(DataFolderLayout.Checkpoints + "/", StringComparison.Ordinal) && p.EndsWith(".json", StringComparison.Ordinal)).ToList();
        foreach (var path in checkpoints)
        {
            await CheckAsync(store, document, path, await File.ReadAllTextAsync(Path.Combine(folder, path), cancellationToken), folder, cancellationToken);
        }

        return (verification.EventCount, verification.StreamCount, checkpoints.Count);
    }

    private static async Task CheckAsync(Storage store, TrailDocument document, string path, string json, string folder, CancellationToken cancellationToken)
    {
        TrailCheckpoint checkpoint;
        try
        {
            checkpoint = TrailCheckpoint.Parse(json);
        }
        catch (FormatException e)
        {
            throw new BackupRefusedException($"its checkpoint {path} cannot be read: {e.Message}");
        }

        if (checkpoint.Refusal() is { } refusal)
        {
            throw new BackupRefusedException($"its checkpoint {path} is refused: {refusal}");
        }

        if (!await StoreFacts.TrustsAsync(store, checkpoint.Fingerprint, cancellationToken) && checkpoint.Fingerprint != OwnKey(folder))
        {
            throw new BackupRefusedException($"its checkpoint {path} is signed by the key {checkpoint.Fingerprint}, which is not one of this installation's.");
        }

        if (CheckpointComparison.Compare(document, checkpoint) is [var cut, ..])
        {
            throw new BackupRefusedException($"its trail does not reach its checkpoint {path}: {cut.StreamId ?? "the log"}: {cut.Reason}");
        }
    }

    private static string? OwnKey(string folder)
    {
        var keys = Path.Combine(folder, "keys");
        if (!File.Exists(Path.Combine(keys, CheckpointKey.FileName)))
        {
            return null;
        }

        using var key = CheckpointKey.LoadOrCreate(keys);
        return key.Fingerprint;
    }
}
