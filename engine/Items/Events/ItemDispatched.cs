using Supervision.Engine.Trail;

namespace Supervision.Engine.Items.Events;

[GenerateSerializer, Immutable]
public sealed record ItemDispatched(string DefinitionId, int DefinitionVersion, IReadOnlyList<ItemAssignment> Assignments) : IDomainEvent;
