namespace Supervision.Engine.Campaigns;

/// <summary>A finding as its readers see it, with where its rectification stands on the ladder.</summary>
/// <param name="Step">The ladder step reached on the open rectification (remind, urge, …), or null.</param>
/// <param name="NextStep">The next step, while owed.</param>
/// <param name="NextStepAt">When the next step falls due.</param>
[GenerateSerializer, Immutable]
public sealed record FindingView(
    string AssignmentId, string ItemId, string ItemRef, string ItemTitle, string AgencyId, int Number, string CampaignId, string Severity,
    string Text, DateOnly Due, DateTimeOffset DueAt, FindingStatus Status, string? Rectification, string? ReturnReason, int Returns,
    string? Step, string? NextStep, DateTimeOffset? NextStepAt);
