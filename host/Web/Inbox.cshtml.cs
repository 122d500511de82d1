using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;

namespace Supervision.Host.Web;

/// <summary>An agency's assignments, open ones first by due time; the office may look at any agency's with <c>?agency=</c>.</summary>
public sealed class InboxModel(InboxQuery inbox, IGrainFactory grains, DueWords due) : UiPage
{
    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];

    public string? AgencyName { get; private set; }

    public DueWords Due => due;

    public async Task<IActionResult> OnGetAsync(string? agency)
    {
        var agencyId = IsAgency ? Actor.AgencyId : agency;
        try
        {
            var rows = await inbox.RunAsync(Actor, agencyId, new InboxFilter(null, null, false), HttpContext.RequestAborted);
            Rows = [.. rows.OrderBy(r => Supervision.Workflows.Cycle.AssignmentCycle.IsOpen(r.Status) ? 0 : 1)];
        }
        catch (SupervisionException)
        {
            return Missing();
        }

        AgencyName = agencyId is null ? null : (await grains.GetGrain<IAgencyGrain>(agencyId).ReadAsync(Actor))?.Name;
        return Page();
    }
}
