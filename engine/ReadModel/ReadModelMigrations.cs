using Supervision.Engine.Trail;

namespace Supervision.Engine.ReadModel;

/// <summary>
/// The read-model tables, projected from the grains in the same transaction as their events. Each feature declares
/// its tables' migrations in its own folder (beside the rows it writes); this is the one list of them all. Versions
/// start at 100 so the store's own migrations keep the low numbers; a version and name, once in a database, never
/// change. SQL valid on SQLite and PostgreSQL.
/// </summary>
public static class ReadModelMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        Agencies.AgencyMigrations.Migration,
        Plans.PlanRows.Migration,
        Assignments.AssignmentMigrations.Migration,
        Access.UserRows.Migration,
        .. Idempotency.IdempotencyRows.Migrations,
        .. Import.Drafts.ImportDraftRows.Migrations,
        Reactions.ReactionRows.Migration,
        .. Obligations.ObligationMigrations.Migrations,
        Notices.NoticeRows.Migration,
        .. Campaigns.CampaignRows.Migrations,
        Evaluation.EvaluationRows.Migration,
        MajorIssues.MajorIssueRows.Migration,
        Hosting.ClusterSafetyMigration.Migration,
        Hosting.SharedKeyRows.Migration,
        Attachments.AttachmentRows.Migration,
        Agencies.AgencyRows.ParentMigration,
        Agencies.Import.RegistryImportRows.Migration,
        Audit.AuditRows.Migration,
        Cascade.CascadeRows.Migration,
        Cascade.TreeRows.Migration,
        ChainEscalation.ChainRows.Migration,
        Evaluation.EvaluationRows.ScopeMigration,
        Cascade.NationalIndexes.Migration,
        Deadlines.RagIndex.Migration,
    ];
}
