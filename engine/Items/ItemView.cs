using Supervision.Engine.Plans;
using Supervision.Workflows.Items;

namespace Supervision.Engine.Items;

/// <summary>An action item as the API shows it.</summary>
[GenerateSerializer, Immutable]
public sealed record ItemView(
    string Id,
    string PlanId,
    string Ref,
    string Title,
    string? Text,
    DateOnly? Due,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Cooperating,
    IReadOnlyList<Target> Targets,
    ItemStatus Status,
    string? DefinitionId,
    int? DefinitionVersion,
    IReadOnlyList<ItemAssignment> Assignments,
    long Version,
    string? Leader = null,
    decimal? Score = null);
