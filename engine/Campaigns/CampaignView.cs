namespace Supervision.Engine.Campaigns;

/// <summary>A campaign as its readers see it. <see cref="AgencyIds"/> holds the agencies chosen and the members of the groups chosen.</summary>
[GenerateSerializer, Immutable]
public sealed record CampaignView(
    string Id, string Theme, DateOnly Starts, DateOnly Ends, IReadOnlyList<string> Staff, IReadOnlyList<string> ItemIds, IReadOnlyList<string> Groups,
    IReadOnlyList<string> AgencyIds, bool Closed, string? Summary, DateTimeOffset OpenedAt, long Version)
{
    /// <summary>Whether an assignment (its item and agency) is within the campaign's scope.</summary>
    public bool Covers(string itemId, string agencyId) =>
        (ItemIds.Count == 0 || ItemIds.Contains(itemId, StringComparer.Ordinal))
        && (AgencyIds.Count == 0 && Groups.Count == 0 || AgencyIds.Contains(agencyId, StringComparer.Ordinal));
}
