using System.Text.Json.Serialization;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments.Events;

[GenerateSerializer, Immutable]
public sealed record DisputeUpheldWithdrawn(string? Note) : ICycleEvent
{
    [JsonIgnore]
    public CycleTrigger Trigger => CycleTrigger.UpholdDisputeWithdraw;
}
