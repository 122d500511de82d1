using System.Security.Cryptography;
using System.Text;
using Supervision.Engine.Hosting;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Backup;

/// <summary>
/// What a manifest says of a store, read from the store itself. The installation is named by the first event's log
/// hash: made once, when the installation first wrote, and never the same for two installations.
/// </summary>
public static class StoreFacts
{
    public const string EmptyInstallation = "empty";

    public static async Task<(string Installation, BackupLog Log)> ReadAsync(Storage store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var heads = await store.Log.ReadHeadsAsync(cancellationToken);
        var first = await store.Tables.QueryAsync("SELECT log_hash FROM events ORDER BY position LIMIT 1",
            new Dictionary<string, object?>(), r => r.GetString(0), cancellationToken);
        return (first.Count == 0 ? EmptyInstallation : $"log:{first[0]}", Describe(heads));
    }

    /// <summary>The heads as a manifest states them: the stream heads sorted by id and hashed as one.</summary>
    public static BackupLog Describe(TrailHeads heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        var text = new StringBuilder();
        foreach (var head in heads.Streams.OrderBy(h => h.StreamId, StringComparer.Ordinal))
        {
            text.Append(head.StreamId).Append('\n').Append(head.Version).Append('\n').Append(head.Hash).Append('\n');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return new BackupLog(heads.Position, heads.LogHash, heads.Streams.Count, hash);
    }

    /// <summary>Whether <paramref name="fingerprint"/> is a signing key the store registered (a node of this installation).</summary>
    public static async Task<bool> TrustsAsync(Storage store, string fingerprint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return (await store.Tables.QueryAsync("SELECT 1 FROM checkpoint_signers WHERE fingerprint = @fingerprint",
            new Dictionary<string, object?> { ["fingerprint"] = fingerprint }, r => r.GetInt32(0), cancellationToken)).Count > 0;
    }
}
