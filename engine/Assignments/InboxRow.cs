using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>One line of an agency's inbox.</summary>
public sealed record InboxRow(
    string Id,
    string ItemId,
    string PlanId,
    string ItemRef,
    string ItemTitle,
    string AgencyId,
    AssignmentRole Role,
    AssignmentStatus Status,
    DateTimeOffset? DueAt,
    bool Overdue,
    string? Responsible,
    int ReportCount,
    int PendingReports);
