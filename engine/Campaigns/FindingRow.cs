namespace Supervision.Engine.Campaigns;

/// <summary>One finding as the campaign report lists it.</summary>
public sealed record FindingRow(
    string AssignmentId, int Number, string CampaignId, string AgencyId, string ItemId, string ItemRef, string ItemTitle, string Severity, string Text,
    string Status, DateOnly Due, int Returns, DateTimeOffset RecordedAt);
