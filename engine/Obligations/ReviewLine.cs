namespace Supervision.Engine.Obligations;

/// <summary>Something the office owes a review on: a completion, a dispute, or a progress report (with its number); by its due time.</summary>
public sealed record ReviewLine(string AssignmentId, string Kind, DateTimeOffset? DueAt, string ItemRef, string ItemTitle, string AgencyId, int? Report = null);
