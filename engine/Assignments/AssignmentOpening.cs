using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>What an item tells a new assignment: whose it is, under which workflow definition, and when it is due.</summary>
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
    DateOnly? Due);
