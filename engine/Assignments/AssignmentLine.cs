using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>
/// One assignment as the office's pages and the inbox list it, with its colour and the last ladder step reached.
/// <c>DueAt</c> is when its current step falls due, whoever owes it (the office's review deadline while it reviews);
/// <c>OwnDueAt</c> the earliest thing the agency itself owes on it (null while it owes nothing).
/// </summary>
public sealed record AssignmentLine(
    string Id, string ItemId, string PlanId, string ItemRef, string ItemTitle, string AgencyId, AssignmentRole Role,
    AssignmentStatus Status, DateTimeOffset? DueAt, int PendingReports, bool Overdue, string Rag, string? Step, DateTimeOffset? OwnDueAt = null);
