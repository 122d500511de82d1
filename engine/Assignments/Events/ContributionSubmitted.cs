using System.Text.Json.Serialization;
using Supervision.Engine.Attachments;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments.Events;

[GenerateSerializer, Immutable]
public sealed record ContributionSubmitted(string Text, IReadOnlyList<AttachedFile>? Files = null) : ICycleEvent, ICarriesFiles
{
    [JsonIgnore]
    public CycleTrigger Trigger => CycleTrigger.Contribute;
}
