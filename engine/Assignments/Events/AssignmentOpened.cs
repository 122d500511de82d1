using Supervision.Engine.Trail;

namespace Supervision.Engine.Assignments.Events;

[GenerateSerializer, Immutable]
public sealed record AssignmentOpened(AssignmentOpening Opening) : IDomainEvent;
