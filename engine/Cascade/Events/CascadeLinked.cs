using Supervision.Engine.Trail;

namespace Supervision.Engine.Cascade.Events;

/// <summary>Recorded with a sub-assignment's opening, in the same append: the assignment above it and who reviews it.</summary>
[GenerateSerializer, Immutable]
public sealed record CascadeLinked(CascadeLink Link) : IDomainEvent;
