using Supervision.Engine.Trail;

namespace Supervision.Engine.Campaigns.Events;

/// <summary>The office opened a special supervision campaign (专项督导) on chosen items, agencies or agency groups (regions).</summary>
/// <param name="AgencyIds">The agencies in scope: those chosen and the members of the groups chosen, as they were at opening.</param>
[GenerateSerializer, Immutable]
public sealed record CampaignOpened(
    string Theme, DateOnly Starts, DateOnly Ends, IReadOnlyList<string> Staff, IReadOnlyList<string> ItemIds,
    IReadOnlyList<string> Groups, IReadOnlyList<string> AgencyIds) : IDomainEvent;
