using Supervision.Engine.Trail;

namespace Supervision.Engine.Hosting;

/// <summary>The one migration that made the store safe for a cluster: it touches several features' tables at once, so it stays whole.</summary>
public static class ClusterSafetyMigration
{
    // Cluster safety (issue 12): a reaction's claim names the dispatcher pass that took it; an idempotency key is
    // claimed by the node running its command before it runs (status 0 until the answer is stored); sign-in failures,
    // cookie keys and the checkpoint signer's lease are shared by every node instead of kept in one process or folder.
    public static Migration Migration { get; } = new(400, "cluster safety", """
        ALTER TABLE reactions ADD COLUMN lease TEXT;
        CREATE INDEX ix_reactions_lease ON reactions (lease) WHERE state = 'pending';
        ALTER TABLE idempotency ADD COLUMN claimed_by TEXT;
        CREATE TABLE sign_in_failures (throttle_key TEXT PRIMARY KEY, failures INTEGER NOT NULL, since TEXT NOT NULL);
        CREATE INDEX ix_sign_in_failures_since ON sign_in_failures (since);
        CREATE TABLE data_protection_keys (name TEXT PRIMARY KEY, xml TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, until TEXT NOT NULL);
        CREATE TABLE checkpoint_signers (fingerprint TEXT PRIMARY KEY, public_key TEXT NOT NULL, node TEXT NOT NULL, registered_at TEXT NOT NULL);
        """);
}
