using Supervision.Engine.Trail;

namespace Supervision.Engine.Items.Events;

[GenerateSerializer, Immutable]
public sealed record ItemAssignmentAdded(ItemAssignment Assignment, string ReplacesAssignmentId) : IDomainEvent;
