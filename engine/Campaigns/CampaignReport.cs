namespace Supervision.Engine.Campaigns;

/// <summary>A campaign's findings by agency and status (问题清单及整改情况).</summary>
/// <param name="ByAgency">Per agency: how many findings are open, rectified (waiting for verification) and closed.</param>
public sealed record CampaignReport(CampaignView Campaign, IReadOnlyList<AgencyFindings> ByAgency, IReadOnlyList<FindingRow> Findings);

/// <summary>One agency's line of a campaign report.</summary>
public sealed record AgencyFindings(string AgencyId, int Open, int Rectified, int Closed, int Returned)
{
    public int Total => Open + Rectified + Closed;
}
