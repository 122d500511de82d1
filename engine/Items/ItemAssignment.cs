using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Items;

/// <summary>One agency's assignment on an item, as the item lists it.</summary>
[GenerateSerializer, Immutable]
public sealed record ItemAssignment(string AssignmentId, string AgencyId, AssignmentRole Role);
