using Supervision.Engine.Trail;

namespace Supervision.Engine.Cascade.Events;

/// <summary>The holder decomposed its assignment (分解交办): each child is opened by a reaction, on its own stream.</summary>
[GenerateSerializer, Immutable]
public sealed record AssignmentCascaded(IReadOnlyList<CascadedChild> Children) : IDomainEvent;
