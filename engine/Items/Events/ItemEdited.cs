using Supervision.Engine.Trail;

namespace Supervision.Engine.Items.Events;

[GenerateSerializer, Immutable]
public sealed record ItemEdited(ItemSpec Spec) : IDomainEvent;
