using Supervision.Engine.Trail;
using Supervision.Workflows.Items;

namespace Supervision.Engine.Items.Events;

/// <summary>An event that moves the item through its lifecycle; replay fires <see cref="Trigger"/> on the machine.</summary>
public interface IItemEvent : IDomainEvent
{
    ItemTrigger Trigger { get; }
}
