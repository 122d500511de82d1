using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Deadlines;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>
/// An assignment as the API shows it; the latest reports only (all of them page by page from the grain). <c>Rag</c> is
/// the worst colour of its open obligations (<c>Owed</c>); <c>Escalation</c> the last ladder step reached while open.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AssignmentView(
    string Id,
    string ItemId,
    string PlanId,
    string ItemRef,
    string ItemTitle,
    string AgencyId,
    AssignmentRole Role,
    AssignmentStatus Status,
    string DefinitionId,
    int DefinitionVersion,
    DateTimeOffset? AcknowledgeBy,
    DateOnly? Due,
    DateTimeOffset? DueAt,
    Responsible? Responsible,
    string? DisputeReason,
    IReadOnlyList<Report> RecentReports,
    int ReportCount,
    string? Contribution,
    string? Evidence,
    string? ReturnReason,
    DateTimeOffset? ReviewBy,
    DateTimeOffset? ReworkBy,
    string? ClosingNote,
    string? ReassignedTo,
    IReadOnlyList<CycleTrigger> PermittedMoves,
    long Version,
    string Rag,
    IReadOnlyList<OwedView> Owed,
    EscalationReached? Escalation,
    ExtensionRequested? PendingExtension,
    IReadOnlyList<Interview> Interviews);
