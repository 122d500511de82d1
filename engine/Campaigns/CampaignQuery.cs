using System.Globalization;
using Supervision.Engine.Access;
using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Campaigns;

/// <summary>The campaigns, and one campaign's report from the <c>findings</c> table: an agency user sees its own findings only.</summary>
public sealed class CampaignQuery(ITables tables, IGrainFactory grains)
{
    public const int MaxFindings = 5000;

    public Task<List<(string Id, string Theme, DateOnly Starts, DateOnly Ends, bool Closed)>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // An agency lists the campaigns that found something in its work.
        var own = SeesEverything(actor) ? "" : " WHERE id IN (SELECT campaign_id FROM findings WHERE agency_id = @agency)";
        return tables.QueryAsync(
            $"SELECT id, theme, starts, ends, closed FROM campaigns{own} ORDER BY opened_at DESC, id LIMIT 1000",
            new Dictionary<string, object?> { ["agency"] = actor.AgencyId ?? "" },
            r => (r.GetString(0), r.GetString(1), Date(r.GetString(2)), Date(r.GetString(3)), r.GetInt64(4) != 0),
            cancellationToken);
    }

    public async Task<CampaignReport> ReportAsync(string campaignId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var campaign = await grains.GetGrain<ICampaignGrain>(campaignId).GetAsync(Actor.System) ?? throw SupervisionException.NotFound("campaign", campaignId);
        var agencyOnly = SeesEverything(actor) ? null : actor.AgencyId ?? "";
        var rows = await tables.QueryAsync(
            $"""
            SELECT assignment_id, number, campaign_id, agency_id, item_id, item_ref, item_title, severity, text, status, due, returns, recorded_at
            FROM findings WHERE campaign_id = @campaign{(agencyOnly is null ? "" : " AND agency_id = @agency")}
            ORDER BY agency_id, item_ref, number LIMIT {MaxFindings}
            """,
            new Dictionary<string, object?> { ["campaign"] = campaignId, ["agency"] = agencyOnly },
            r => new FindingRow(r.GetString(0), (int)r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
                r.GetString(7), r.GetString(8), r.GetString(9), Date(r.GetString(10)), (int)r.GetInt64(11), TrailTime.Parse(r.GetString(12))),
            cancellationToken);
        if (agencyOnly is not null && rows.Count == 0 && !campaign.AgencyIds.Contains(agencyOnly))
        {
            throw SupervisionException.NotFound("campaign", campaignId);
        }

        var byAgency = rows.GroupBy(r => r.AgencyId, StringComparer.Ordinal)
            .Select(g => new AgencyFindings(g.Key, g.Count(r => r.Status == "open"), g.Count(r => r.Status == "rectified"), g.Count(r => r.Status == "closed"), g.Sum(r => r.Returns)))
            .ToList();
        return new CampaignReport(agencyOnly is null ? campaign : campaign with { Staff = [], AgencyIds = [agencyOnly] }, byAgency, rows);
    }

    /// <summary>
    /// The open assignments a campaign covers, for the office's finding form: empty for a reader who may not record
    /// findings, and for a closed campaign.
    /// </summary>
    public async Task<IReadOnlyList<(string Id, string ItemRef, string AgencyId)>> InScopeAsync(CampaignView campaign, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (actor.Role is not Roles.Coordinator || campaign.Closed)
        {
            return [];
        }

        var open = await tables.QueryAsync(
            $"SELECT id, item_id, item_ref, agency_id FROM assignments WHERE status IN {AssignmentRows.SqlList(AssignmentCycle.Open)} ORDER BY item_ref, agency_id LIMIT 2000",
            new Dictionary<string, object?>(), r => (Id: r.GetString(0), Item: r.GetString(1), Ref: r.GetString(2), Agency: r.GetString(3)), cancellationToken);
        return [.. open.Where(a => campaign.Covers(a.Item, a.Agency)).Select(a => (a.Id, a.Ref, a.Agency))];
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
