using Supervision.Engine.Trail;

namespace Supervision.Engine.ReadModel;

/// <summary>
/// The read-model tables, projected from the grains in the same transaction as their events.
/// Versions start at 100 so the store's own migrations keep the low numbers. SQL valid on SQLite and PostgreSQL.
/// </summary>
public static class ReadModelMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(100, "agencies", """
            CREATE TABLE agencies (
                id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, aliases TEXT NOT NULL, is_group BOOLEAN NOT NULL,
                members TEXT NOT NULL, liaison_name TEXT, liaison_email TEXT, head_name TEXT, head_email TEXT, updated_at TEXT);
            CREATE INDEX ix_agencies_name ON agencies (name);
            """),
        new(101, "plans and items", """
            CREATE TABLE plans (
                id TEXT PRIMARY KEY, title TEXT NOT NULL, issuer TEXT, issued TEXT, item_count INTEGER NOT NULL, created_at TEXT);
            CREATE TABLE items (
                id TEXT PRIMARY KEY, plan_id TEXT NOT NULL, ref TEXT NOT NULL, title TEXT NOT NULL, due TEXT, status TEXT NOT NULL,
                lead TEXT NOT NULL, cooperating TEXT NOT NULL, definition_id TEXT, dispatched_at TEXT, updated_at TEXT,
                seq INTEGER NOT NULL DEFAULT 0);
            CREATE INDEX ix_items_plan ON items (plan_id);
            """),
        new(102, "assignments", """
            CREATE TABLE assignments (
                id TEXT PRIMARY KEY, item_id TEXT NOT NULL, plan_id TEXT NOT NULL, item_ref TEXT NOT NULL, item_title TEXT NOT NULL,
                agency_id TEXT NOT NULL, role TEXT NOT NULL, status TEXT NOT NULL, due_at TEXT, responsible TEXT,
                report_count INTEGER NOT NULL, pending_reports INTEGER NOT NULL, updated_at TEXT);
            CREATE INDEX ix_assignments_agency ON assignments (agency_id, status, due_at);
            CREATE INDEX ix_assignments_item ON assignments (item_id);
            CREATE INDEX ix_assignments_due ON assignments (status, due_at);
            """),
        new(103, "users and tokens", """
            CREATE TABLE users (
                id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, role TEXT NOT NULL, agency_id TEXT,
                password_hash TEXT NOT NULL, disabled BOOLEAN NOT NULL, created_at TEXT NOT NULL);
            CREATE TABLE tokens (
                hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, name TEXT NOT NULL, created_at TEXT NOT NULL);
            CREATE INDEX ix_tokens_user ON tokens (user_id);
            """),
        new(104, "idempotency", """
            CREATE TABLE idempotency (
                user_id TEXT NOT NULL, idem_key TEXT NOT NULL, request_hash TEXT NOT NULL, status_code INTEGER NOT NULL,
                content_type TEXT, body TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (user_id, idem_key));
            """),
        new(110, "import drafts", """
            CREATE TABLE import_drafts (
                id TEXT PRIMARY KEY, user_id TEXT NOT NULL, file_name TEXT NOT NULL, draft_json TEXT NOT NULL,
                added_agencies TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, committed_plan_id TEXT);
            CREATE INDEX ix_import_drafts_created ON import_drafts (created_at);
            """),
        new(120, "reactions", """
            CREATE TABLE reactions (
                id TEXT PRIMARY KEY, stream_id TEXT NOT NULL, version INTEGER NOT NULL, kind TEXT NOT NULL, target TEXT NOT NULL,
                payload TEXT NOT NULL, actor TEXT NOT NULL, caused_at TEXT NOT NULL, attempts INTEGER NOT NULL, state TEXT NOT NULL,
                due_at TEXT NOT NULL, last_error TEXT, done_at TEXT);
            CREATE INDEX ix_reactions_due ON reactions (state, due_at);
            CREATE INDEX ix_reactions_cause ON reactions (stream_id, version);
            """),
        new(121, "obligations", """
            CREATE TABLE obligations (
                id TEXT PRIMARY KEY, assignment_id TEXT NOT NULL, item_id TEXT NOT NULL, plan_id TEXT NOT NULL, agency_id TEXT NOT NULL,
                kind TEXT NOT NULL, owed_by TEXT NOT NULL, due_at TEXT, state TEXT NOT NULL, opened_at TEXT NOT NULL,
                opened_version INTEGER NOT NULL, closed_at TEXT, closed_by TEXT, closed_version INTEGER);
            CREATE INDEX ix_obligations_open ON obligations (state, due_at);
            CREATE INDEX ix_obligations_assignment ON obligations (assignment_id, state);
            INSERT INTO obligations (id, assignment_id, item_id, plan_id, agency_id, kind, owed_by, due_at, state, opened_at, opened_version)
            SELECT id || '#0', id, item_id, plan_id, agency_id,
                   CASE status WHEN 'dispatched' THEN 'acknowledge' WHEN 'disputed' THEN 'settle_dispute' WHEN 'under_review' THEN 'review'
                               WHEN 'rework' THEN 'rework' WHEN 'in_progress' THEN CASE role WHEN 'lead' THEN 'complete' ELSE 'contribute' END END,
                   CASE WHEN status IN ('disputed', 'under_review') THEN 'office' ELSE agency_id END,
                   due_at, 'open', COALESCE(updated_at, ''), 0
            FROM assignments WHERE status IN ('dispatched', 'disputed', 'in_progress', 'under_review', 'rework');
            """),
        // Lets the host see that a keyed command is already in the trail when its answer was lost in a crash.
        new(130, "events by idempotency key", "CREATE INDEX ix_events_idempotent ON events (correlation_id) WHERE correlation_id LIKE 'idem:%';"),
        new(140, "import draft content hash", """
            ALTER TABLE import_drafts ADD COLUMN content_hash TEXT;
            CREATE INDEX ix_import_drafts_hash ON import_drafts (content_hash);
            """),
        // The ladder on each obligation: the key that names it among the assignment's, the rung reached, and the
        // instant of the next rung, which the deadline scheduler reads. Rows opened before the ladder existed are
        // looked at again at their due time, when the grain records whatever rungs have passed.
        new(150, "obligation ladder", """
            ALTER TABLE obligations ADD COLUMN key TEXT;
            ALTER TABLE obligations ADD COLUMN rung INTEGER;
            ALTER TABLE obligations ADD COLUMN step TEXT;
            ALTER TABLE obligations ADD COLUMN escalated BOOLEAN NOT NULL DEFAULT 0;
            ALTER TABLE obligations ADD COLUMN next_rung INTEGER;
            ALTER TABLE obligations ADD COLUMN next_at TEXT;
            ALTER TABLE obligations ADD COLUMN warn_at TEXT;
            UPDATE obligations SET key = kind;
            UPDATE obligations SET next_at = due_at, warn_at = due_at WHERE state = 'open';
            CREATE INDEX ix_obligations_next ON obligations (state, next_at);
            CREATE INDEX ix_obligations_key ON obligations (assignment_id, key, state);
            """),
        Notices.NoticeRows.Migration,
        .. Campaigns.CampaignRows.Migrations,
        Evaluation.EvaluationRows.Migration,
        MajorIssues.MajorIssueRows.Migration,
        // Cluster safety (issue 12): a reaction's claim names the dispatcher pass that took it; an idempotency key is
        // claimed by the node running its command before it runs (status 0 until the answer is stored); sign-in failures,
        // cookie keys and the checkpoint signer's lease are shared by every node instead of kept in one process or folder.
        new(400, "cluster safety", """
            ALTER TABLE reactions ADD COLUMN lease TEXT;
            CREATE INDEX ix_reactions_lease ON reactions (lease) WHERE state = 'pending';
            ALTER TABLE idempotency ADD COLUMN claimed_by TEXT;
            CREATE TABLE sign_in_failures (throttle_key TEXT PRIMARY KEY, failures INTEGER NOT NULL, since TEXT NOT NULL);
            CREATE INDEX ix_sign_in_failures_since ON sign_in_failures (since);
            CREATE TABLE data_protection_keys (name TEXT PRIMARY KEY, xml TEXT NOT NULL, created_at TEXT NOT NULL);
            CREATE TABLE leases (name TEXT PRIMARY KEY, holder TEXT NOT NULL, until TEXT NOT NULL);
            CREATE TABLE checkpoint_signers (fingerprint TEXT PRIMARY KEY, public_key TEXT NOT NULL, node TEXT NOT NULL, registered_at TEXT NOT NULL);
            """),
        // Shared keys (issue 18): the fingerprint of each secret every node must hold alike, recorded by the first node to start.
        new(410, "shared keys", "CREATE TABLE shared_keys (name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, node TEXT NOT NULL, recorded_at TEXT NOT NULL);"),
        Attachments.AttachmentRows.Migration,
        Agencies.AgencyRows.ParentMigration,
        Agencies.Import.RegistryImportRows.Migration,
    ];
}
