using Supervision.Engine.Agencies;
using Supervision.Engine.Campaigns.Events;
using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Trail;
using static Supervision.Engine.Access.Access;
using Limits = Supervision.Engine.Access.Limits;
using Text = Supervision.Engine.Access.Text;

namespace Supervision.Engine.Campaigns;

public sealed class CampaignGrain(IEventStore store, TimeProvider clock) : TrailGrain<CampaignState>(store, clock), ICampaignGrain
{
    public const int StaffPerCampaign = 50;
    public const int ScopePerCampaign = 500;

    protected override string StreamPrefix => StreamIds.CampaignKind;

    private string Id => this.GetPrimaryKeyString();

    public async Task<CampaignView> OpenAsync(CampaignSpec spec, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "open supervision campaigns");
        ArgumentNullException.ThrowIfNull(spec);
        if (State.HasApplied(correlationId))
        {
            return View();
        }

        if (State.Opened is not null)
        {
            throw SupervisionException.Conflict("campaign.exists", $"Campaign '{Id}' already exists.");
        }

        var theme = Text.Required(spec.Theme, "theme", 500);
        if (spec.Ends < spec.Starts)
        {
            throw SupervisionException.Invalid("campaign.dates", $"'ends' ({spec.Ends:yyyy-MM-dd}) must not be before 'starts' ({spec.Starts:yyyy-MM-dd}).", "ends");
        }

        var staff = Listed(spec.Staff, "staff", StaffPerCampaign);
        var items = Listed(spec.ItemIds, "item_ids", ScopePerCampaign);
        for (var i = 0; i < items.Count; i++)
        {
            if (await GrainFactory.GetGrain<IActionItemGrain>(items[i]).GetAsync(actor) is null)
            {
                throw SupervisionException.Invalid("campaign.unknown_item", $"There is no item '{items[i]}'.", $"item_ids[{i}]").With("id", items[i]);
            }
        }

        var agencies = Listed(spec.AgencyIds, "agency_ids", ScopePerCampaign);
        await ItemRules.RequireAgenciesAsync(GrainFactory, agencies, "agency_ids");
        var groups = Listed(spec.Groups, "groups", ScopePerCampaign);
        var members = new List<string>();
        for (var i = 0; i < groups.Count; i++)
        {
            var group = await GrainFactory.GetGrain<IAgencyGrain>(groups[i]).GetAsync();
            if (group is not { IsGroup: true })
            {
                throw SupervisionException.Invalid("campaign.not_a_group", $"'{groups[i]}' is not a registered agency group.", $"groups[{i}]").With("id", groups[i]);
            }

            members.AddRange(group.Members);
        }

        await RecordAsync(new CampaignOpened(theme, spec.Starts, spec.Ends, staff, items, groups, [.. agencies.Concat(members).Distinct(StringComparer.Ordinal)]), actor, correlationId);
        return View();
    }

    public async Task<CampaignView> CloseAsync(string? summary, Actor actor, string? correlationId)
    {
        RequireCoordinator(actor, "close supervision campaigns");
        var checkedSummary = Text.Optional(summary, "summary", Text.LongMax);
        if (State.Opened is null)
        {
            throw SupervisionException.NotFound("campaign", Id);
        }

        if (!State.HasApplied(correlationId))
        {
            if (State.Closed)
            {
                throw SupervisionException.Conflict("campaign.closed", $"Campaign {Id} is closed already.");
            }

            await RecordAsync(new CampaignClosed(checkedSummary), actor, correlationId);
        }

        return View();
    }

    public Task<CampaignView?> GetAsync(Actor actor) =>
        Task.FromResult(State.Opened is { } o && (SeesEverything(actor) || actor.AgencyId is { } own && (o.AgencyIds.Count == 0 || o.AgencyIds.Contains(own)))
            ? View()
            : null);

    protected override IEnumerable<ProjectionWrite> Project(CampaignState state) => [CampaignRows.Upsert(Id, state)];

    private CampaignView View()
    {
        var o = State.Opened!;
        return new CampaignView(Id, o.Theme, o.Starts, o.Ends, o.Staff, o.ItemIds, o.Groups, o.AgencyIds, State.Closed, State.Summary, State.OpenedAt, Version);
    }

    private static List<string> Listed(IReadOnlyList<string>? values, string field, int max) =>
        [.. (Limits.Bounded(values, field, max) ?? []).Select((v, i) => Text.Required(v, $"{field}[{i}]")).Distinct(StringComparer.Ordinal)];
}
