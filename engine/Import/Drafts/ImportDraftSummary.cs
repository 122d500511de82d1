namespace Supervision.Engine.Import.Drafts;

/// <summary>A kept draft in a list: which file, who, when, and the plan it became.</summary>
public sealed record ImportDraftSummary(string Id, string FileName, string UserId, string CreatedAt, string? CommittedPlanId);
