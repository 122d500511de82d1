namespace Supervision.Engine.Campaigns;

/// <summary>A special supervision campaign (专项督导), keyed by its id; its findings live on the assignments they concern.</summary>
public interface ICampaignGrain : IGrainWithStringKey
{
    /// <summary>A coordinator opens the campaign; groups are expanded to their members as they are now.</summary>
    Task<CampaignView> OpenAsync(CampaignSpec spec, Trail.Actor actor, string? correlationId);

    /// <summary>A coordinator ends the campaign: no more findings; those recorded go on to be rectified and closed.</summary>
    Task<CampaignView> CloseAsync(string? summary, Trail.Actor actor, string? correlationId);

    /// <summary>The campaign, for coordinators, inspectors and the agencies in its scope; null otherwise or when there is none.</summary>
    Task<CampaignView?> GetAsync(Trail.Actor actor);
}
