using System.Globalization;

namespace Supervision.Engine.Trail.Checkpoints;

/// <summary>Writes signed checkpoints of a store into a folder outside the database, one file each, and finds the newest.</summary>
public sealed class CheckpointFiles(IEventStore store, CheckpointKey key, string directory, TimeProvider clock)
{
    public string Directory { get; } = directory;

    /// <summary>Reads the heads, signs them and writes <c>checkpoint-&lt;time&gt;-p&lt;position&gt;.json</c>; returns the checkpoint and its path.</summary>
    public async Task<(TrailCheckpoint Checkpoint, string Path)> WriteAsync(CancellationToken cancellationToken = default) =>
        await WriteAsync(await store.ReadHeadsAsync(cancellationToken), cancellationToken);

    /// <summary>Signs heads already read and writes them as a checkpoint file.</summary>
    public async Task<(TrailCheckpoint Checkpoint, string Path)> WriteAsync(TrailHeads heads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(heads);
        var checkpoint = key.Sign(heads, clock.GetUtcNow());
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"checkpoint-{checkpoint.At.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfffffff'Z'", CultureInfo.InvariantCulture)}-p{heads.Position}.json";
        var path = Path.Combine(Directory, name);
        // Written aside and moved into place, so a crash never leaves half a checkpoint under the final name.
        var partial = path + ".partial";
        await File.WriteAllTextAsync(partial, checkpoint.ToJson(), cancellationToken);
        File.Move(partial, path, overwrite: true);
        return (checkpoint, path);
    }

    /// <summary>The store's heads now.</summary>
    public Task<TrailHeads> ReadHeadsAsync(CancellationToken cancellationToken = default) => store.ReadHeadsAsync(cancellationToken);

    /// <summary>The newest checkpoint file in the folder, or null when there is none.</summary>
    public string? Newest() => System.IO.Directory.Exists(Directory)
        ? System.IO.Directory.GetFiles(Directory, "checkpoint-*.json").Order(StringComparer.Ordinal).LastOrDefault()
        : null;
}
