using Supervision.Engine.Trail;

namespace Supervision.Engine.Items.Events;

[GenerateSerializer, Immutable]
public sealed record ItemDefined(string PlanId, ItemSpec Spec) : IDomainEvent;
