using Supervision.Engine.Campaigns.Events;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Campaigns;

/// <summary>One campaign rebuilt from its stream.</summary>
[GenerateSerializer]
public sealed class CampaignState : TrailState
{
    [Id(0)] public CampaignOpened? Opened { get; set; }
    [Id(1)] public DateTimeOffset OpenedAt { get; set; }
    [Id(2)] public bool Closed { get; set; }
    [Id(3)] public string? Summary { get; set; }

    protected override void When(TrailEntry entry)
    {
        switch (entry.Event)
        {
            case CampaignOpened e:
                (Opened, OpenedAt) = (e, entry.At);
                break;
            case CampaignClosed e:
                (Closed, Summary) = (true, e.Summary);
                break;
        }
    }
}
