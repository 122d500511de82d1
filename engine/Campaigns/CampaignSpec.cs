namespace Supervision.Engine.Campaigns;

/// <summary>A campaign as the office opens it: theme, dates, staff, and its scope (items, agencies, agency groups; none of the three = every assignment).</summary>
[GenerateSerializer, Immutable]
public sealed record CampaignSpec(
    string Theme, DateOnly Starts, DateOnly Ends, IReadOnlyList<string> Staff, IReadOnlyList<string> ItemIds, IReadOnlyList<string> AgencyIds,
    IReadOnlyList<string> Groups);
