using System.Text.Json.Serialization;
using Supervision.Engine.Attachments;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments.Events;

/// <summary>A progress report; <c>Period</c> names the report period it meets (null for a report outside the cadence).</summary>
[GenerateSerializer, Immutable]
public sealed record ReportSubmitted(int Number, string Narrative, IReadOnlyList<Indicator> Indicators, string? Period = null, IReadOnlyList<AttachedFile>? Files = null)
    : ICycleEvent, ICarriesFiles
{
    [JsonIgnore]
    public CycleTrigger Trigger => CycleTrigger.SubmitReport;
}
