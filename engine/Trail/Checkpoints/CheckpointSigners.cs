using Supervision.Engine.Trail;

namespace Supervision.Engine.Trail.Checkpoints;

/// <summary>
/// The nodes' signing keys and the signer's lease, in the shared store. Each node signs with its own key and registers
/// its public key here, so a checkpoint by any node of the installation is trusted by all; one node at a time holds
/// the lease to sign (<c>leases</c> row <c>checkpoint-signer</c>), renewed each round, taken over when it runs out.
/// </summary>
public sealed class CheckpointSigners(ITables tables, CheckpointKey key, TimeProvider clock)
{
    public const string LeaseName = "checkpoint-signer";

    public Task RegisterAsync(string node, CancellationToken cancellationToken = default) => tables.ExecuteAsync([new ProjectionWrite(
        "INSERT INTO checkpoint_signers (fingerprint, public_key, node, registered_at) VALUES (@fingerprint, @key, @node, @at) ON CONFLICT (fingerprint) DO NOTHING",
        new Dictionary<string, object?> { ["fingerprint"] = key.Fingerprint, ["key"] = key.PublicKey, ["node"] = node, ["at"] = TrailTime.Format(clock.GetUtcNow()) })],
        cancellationToken);

    /// <summary>True when this node holds the signer's lease until <paramref name="lease"/> from now (taken, or renewed).</summary>
    public async Task<bool> HoldAsync(string node, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return await tables.ExecuteAsync([new ProjectionWrite(
            """
            INSERT INTO leases (name, holder, until) VALUES (@name, @node, @until)
            ON CONFLICT (name) DO UPDATE SET holder = @node, until = @until WHERE leases.holder = @node OR leases.until < @now
            """,
            new Dictionary<string, object?> { ["name"] = LeaseName, ["node"] = node, ["until"] = TrailTime.Format(now + lease), ["now"] = TrailTime.Format(now) })],
            cancellationToken) == 1;
    }

    /// <summary>Whether a checkpoint signed with <paramref name="fingerprint"/> is by a node of this installation.</summary>
    public async Task<bool> TrustsAsync(string fingerprint, CancellationToken cancellationToken = default) =>
        fingerprint == key.Fingerprint || (await tables.QueryAsync(
            "SELECT 1 FROM checkpoint_signers WHERE fingerprint = @fingerprint",
            new Dictionary<string, object?> { ["fingerprint"] = fingerprint }, r => r.GetInt32(0), cancellationToken)).Count > 0;
}
