using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>One line of an agency's inbox: <c>Rag</c> is the worst colour of its open obligations, <c>Step</c> the highest ladder step reached on them.</summary>
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
    int PendingReports,
    string Rag,
    string? Step);
