using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Campaigns;
using Supervision.Host.Api;

namespace Supervision.Host.Web.Campaigns;

/// <summary>Special supervision campaigns: the office opens one here; agencies see those that found something in their work.</summary>
public sealed class IndexModel(CampaignQuery campaigns, IGrainFactory grains) : UiPage
{
    public IReadOnlyList<(string Id, string Theme, DateOnly Starts, DateOnly Ends, bool Closed)> Campaigns { get; private set; } = [];

    public async Task OnGetAsync() => Campaigns = await campaigns.ListAsync(Actor, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(string? theme, DateOnly? starts, DateOnly? ends, string? staff, string? items, string? agencies, string? groups, string? op)
    {
        string? id = null;
        var opened = await TryAsync(async () =>
        {
            id = ApiContext.NewOrChecked(null, "c", "id");
            await grains.GetGrain<ICampaignGrain>(id).OpenAsync(
                new CampaignSpec(theme ?? "", starts ?? default, ends ?? default, Split(staff), Split(items), Split(agencies), Split(groups)), Actor, Correlation(op));
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
