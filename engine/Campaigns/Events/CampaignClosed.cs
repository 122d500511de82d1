using Supervision.Engine.Trail;

namespace Supervision.Engine.Campaigns.Events;

/// <summary>The office ended the campaign: no more findings are recorded; those recorded are still rectified and closed.</summary>
[GenerateSerializer, Immutable]
public sealed record CampaignClosed(string? Summary) : IDomainEvent;
