using System.Text.Json.Serialization;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments.Events;

[GenerateSerializer, Immutable]
public sealed record ContributionSubmitted(string Text) : ICycleEvent
{
    [JsonIgnore]
    public CycleTrigger Trigger => CycleTrigger.Contribute;
}
