namespace Supervision.Engine.Rounds;

/// <summary>
/// One assignment in a round: <c>State</c> is <c>reported</c> (a report names the round's period; <c>Late</c> when it came
/// after the due time), <c>late</c> (not reported and past due), <c>waiting</c> (not reported, not yet due) or <c>closed</c>
/// (the assignment closed without a report for it, so nothing is owed).
/// </summary>
public sealed record RoundEntry(
    string AssignmentId, string ItemId, string ItemRef, string AgencyId, string State, int? Report, DateTimeOffset? ReportedAt, bool Late);
