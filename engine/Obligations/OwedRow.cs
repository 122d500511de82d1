namespace Supervision.Engine.Obligations;

/// <summary>
/// One thing an agency owes beyond its assignment's own step: a campaign finding to rectify (<c>finding</c>, its number),
/// an interview commitment (<c>rectify</c>, <c>interview.commitment</c>), or a period's report (<c>report</c>, the period).
/// </summary>
public sealed record OwedRow(string AssignmentId, string ItemRef, string ItemTitle, string AgencyId, string Kind, string? Number, DateTimeOffset? DueAt, string? Step);
