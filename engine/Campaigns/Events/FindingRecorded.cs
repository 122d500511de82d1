using Supervision.Engine.Attachments;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Campaigns.Events;

/// <summary>A campaign's staff found a problem in this assignment's work; its rectification is owed by the agency from now.</summary>
[GenerateSerializer, Immutable]
public sealed record FindingRecorded(int Number, string CampaignId, string Severity, string Text, DateOnly Due, DateTimeOffset DueAt, IReadOnlyList<AttachedFile>? Files = null)
    : ICarriesFiles;
