using System.Text.Json.Serialization;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments.Events;

[GenerateSerializer, Immutable]
public sealed record ReportSubmitted(int Number, string Narrative, IReadOnlyList<Indicator> Indicators) : ICycleEvent
{
    [JsonIgnore]
    public CycleTrigger Trigger => CycleTrigger.SubmitReport;
}
