using Supervision.Workflows.Cycle;

namespace Supervision.Host.Web.Plans;

/// <summary>One assignment as the office's pages list it.</summary>
public sealed record AssignmentLine(
    string Id, string ItemId, string PlanId, string ItemRef, string ItemTitle, string AgencyId, AssignmentRole Role,
    AssignmentStatus Status, DateTimeOffset? DueAt, int PendingReports, bool Overdue);
