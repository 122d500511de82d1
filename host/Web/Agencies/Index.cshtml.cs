using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Agencies;
using Supervision.Host.Api;
using static Supervision.Engine.Access.Access;

namespace Supervision.Host.Web.Agencies;

/// <summary>The agency registry: names, aliases, groups, liaisons; the office and the administrator register agencies here.</summary>
public sealed class IndexModel(AgencyListQuery agencies, IGrainFactory grains) : UiPage
{
    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    public bool MayRegister => Actor.Role is Engine.Access.Roles.Coordinator or Engine.Access.Roles.Admin;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!SeesEverything(Actor))
        {
            return Missing();
        }

        Agencies = await agencies.RunAsync(Actor, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, string? name, string? aliases, string? liaison, string? email, string? op)
    {
        if (!SeesEverything(Actor))
        {
            return Missing();
        }

        var registered = await TryAsync(async () =>
        {
            var agencyId = ApiContext.NewOrChecked(string.IsNullOrWhiteSpace(id) ? null : id.Trim(), "ag", "id");
            var contact = string.IsNullOrWhiteSpace(liaison) ? null : new Contact(liaison.Trim(), null, string.IsNullOrWhiteSpace(email) ? null : email.Trim());
            var names = (aliases ?? "").Split(['、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            await grains.GetGrain<IAgencyGrain>(agencyId).RegisterAsync(
                new AgencyProfile(name ?? "", "department", names, false, [], contact), Actor, Correlation(op));
        }, L["单位已登记。", "Agency registered."]);
        if (registered)
        {
            return RedirectToPage();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        Agencies = await agencies.RunAsync(Actor, HttpContext.RequestAborted);
        return Page();
    }
}
