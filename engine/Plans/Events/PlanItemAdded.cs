using Supervision.Engine.Trail;

namespace Supervision.Engine.Plans.Events;

[GenerateSerializer, Immutable]
public sealed record PlanItemAdded(string ItemId, string Ref) : IDomainEvent;
