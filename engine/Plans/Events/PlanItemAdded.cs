using Supervision.Engine.Items;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Plans.Events;

/// <summary>The plan lists a new item; the item is defined with <paramref name="Spec"/> as a reaction (older trails carry no spec).</summary>
[GenerateSerializer, Immutable]
public sealed record PlanItemAdded(string ItemId, string Ref, ItemSpec? Spec = null) : IDomainEvent;
