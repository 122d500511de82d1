using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Agencies;
using Supervision.Host.Web.Plans;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;

namespace Supervision.Host.Web;

/// <summary>An agency's assignments, open ones first by due time, with colour and ladder step; the office may look at any agency's with <c>?agency=</c>.</summary>
public sealed class InboxModel(AssignmentLines lines, IGrainFactory grains, DueWords due) : UiPage
{
    public IReadOnlyList<AssignmentLine> Rows { get; private set; } = [];

    public string? AgencyName { get; private set; }

    public DueWords Due => due;

    public async Task<IActionResult> OnGetAsync(string? agency)
    {
        var agencyId = IsAgency ? Actor.AgencyId : agency;
        if (agencyId is null && !SeesEverything(Actor))
        {
            return Missing();
        }

        var rows = await lines.OfAgencyAsync(Actor, agencyId, HttpContext.RequestAborted);
        Rows = [.. rows.OrderBy(r => AssignmentCycle.IsOpen(r.Status) ? 0 : 1).ThenBy(r => r.DueAt ?? DateTimeOffset.MaxValue)];
        AgencyName = agencyId is null ? null : (await grains.GetGrain<IAgencyGrain>(agencyId).ReadAsync(Actor))?.Name;
        return Page();
    }
}
