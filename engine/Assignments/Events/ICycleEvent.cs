using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments.Events;

/// <summary>An event that moves the assignment through the cycle; replay fires <see cref="Trigger"/> on the machine.</summary>
public interface ICycleEvent : IDomainEvent
{
    CycleTrigger Trigger { get; }
}
