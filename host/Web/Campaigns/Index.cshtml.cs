using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Campaigns;
using Supervision.Engine.Trail;
using Supervision.Host.Api;
using Supervision.Host.Web.Forms;

namespace Supervision.Host.Web.Campaigns;

/// <summary>Special supervision campaigns: the office opens one here, choosing its scope by name; agencies see those that found something in their work.</summary>
public sealed class IndexModel(CampaignQuery campaigns, IGrainFactory grains, Engine.Plans.PlanListQuery plans) : UiPage
{
    public IReadOnlyList<(string Id, string Theme, DateOnly Starts, DateOnly Ends, bool Closed)> Campaigns { get; private set; } = [];

    /// <summary>The items the scope may name, by plan.</summary>
    public Choices Items { get; private set; } = null!;

    public Choices Agencies { get; private set; } = null!;

    public Choices Groups { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Campaigns = await campaigns.ListAsync(Actor, HttpContext.RequestAborted);
        if (IsOffice)
        {
            var items = await plans.ItemChoicesAsync(Actor, HttpContext.RequestAborted);
            Items = new("items", L["事项（可不选）", "Items (optional)"], "item_ids",
                [.. items.GroupBy(i => i.Plan).Select(g => (g.Key, (IReadOnlyList<(string, string)>)[.. g.Select(i => (i.Id, $"{i.Ref} {i.Title}"))]))]);
            Agencies = new("agencies", L["单位（可不选）", "Agencies (optional)"], "agency_ids",
                [.. AgencyGroups.Of(AgencyList.Where(a => !a.IsGroup), L).Select(g => (g.Label, (IReadOnlyList<(string, string)>)[.. g.Agencies.Select(a => (a.Id, a.Name))]))]);
            Groups = new("groups", L["地区/单位组（可不选）", "Regions / agency groups (optional)"], "groups",
                [(L["单位组", "Groups"], [.. AgencyList.Where(a => a.IsGroup).Select(a => (a.Id, a.Name))])]);
        }
    }

    public async Task<IActionResult> OnPostAsync(string? theme, DateOnly? starts, DateOnly? ends, string? staff, string[]? items, string[]? agencies, string[]? groups, string? op)
    {
        string? id = null;
        var opened = await TryAsync(async () =>
        {
            id = ApiContext.NewOrChecked(null, "c", "id");
            await grains.GetGrain<ICampaignGrain>(id).OpenAsync(
                new CampaignSpec(theme ?? "", starts ?? default, ends ?? default, Split(staff), [.. items ?? []], [.. agencies ?? []], [.. groups ?? []]), Actor, Correlation(op));
        }, L["专项督导已开展。", "Campaign opened."]);
        if (opened)
        {
            return RedirectToPage("Detail", new { id });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync();
        return Page();
    }

    private static List<string> Split(string? text) =>
        [.. (text ?? "").Split(['、', ',', '，', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
