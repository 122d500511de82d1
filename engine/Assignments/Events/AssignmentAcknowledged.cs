using System.Text.Json.Serialization;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments.Events;

[GenerateSerializer, Immutable]
public sealed record AssignmentAcknowledged(Responsible Responsible) : ICycleEvent
{
    [JsonIgnore]
    public CycleTrigger Trigger => CycleTrigger.Acknowledge;
}
