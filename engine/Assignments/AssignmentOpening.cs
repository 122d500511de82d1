using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>What an item tells a new assignment: whose it is, under which workflow definition, and when it is due.</summary>
/// <remarks><c>DueBy</c> is the item's due date's end (the definition's cut-off in the office's zone), counted when the
/// assignment opened; openings recorded before it existed carry none, and their due date ends at 23:59:59 UTC+8. <c>Major</c>
/// is set when the item was dispatched as major: its ladder starts higher and its supervision slips are red.</remarks>
[GenerateSerializer, Immutable]
public sealed record AssignmentOpening(
    string ItemId,
    string PlanId,
    string ItemRef,
    string ItemTitle,
    string AgencyId,
    AssignmentRole Role,
    string DefinitionId,
    int DefinitionVersion,
    DateTimeOffset AcknowledgeBy,
    DateOnly? Due,
    DateTimeOffset? DueBy = null,
    bool Major = false);
