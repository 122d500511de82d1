namespace Supervision.Engine.Import.Drafts;

/// <summary>How long an uncommitted draft is kept after its last correction (<c>Supervision:Import:DraftDays</c>).</summary>
public sealed class ImportDraftOptions
{
    public const int DefaultDraftDays = 30;

    public int DraftDays { get; set; } = DefaultDraftDays;

    /// <summary>How scans are read (<c>Supervision:Import:Ocr:*</c>).</summary>
    public Ocr.OcrOptions Ocr { get; set; } = new();

    /// <summary>Drafts last corrected before this, and never committed, have expired.</summary>
    public DateTimeOffset ExpiredBefore(DateTimeOffset now) => now.AddDays(-DraftDays);

    public bool HasExpired(ImportDraft draft, DateTimeOffset now) =>
        draft is { CommittedPlanId: null } && draft.UpdatedAt < ExpiredBefore(now);
}
