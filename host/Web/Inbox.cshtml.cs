using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Host.Web.Plans;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;

namespace Supervision.Host.Web;

/// <summary>An agency's assignments, open ones first by due time, with colour and ladder step; the office may look at any agency's with <c>?agency=</c>.</summary>
public sealed class InboxModel(AssignmentLines lines, IGrainFactory grains, DueWords due, Engine.Obligations.OwedQuery owed, Engine.Obligations.ReviewQueue reviews) : UiPage
{
    public IReadOnlyList<AssignmentLine> Rows { get; private set; } = [];

    public string? AgencyName { get; private set; }

    /// <summary>Campaign findings to rectify and interview commitments the agency owes, earliest due first.</summary>
    public IReadOnlyList<Engine.Obligations.OwedRow> Owed { get; private set; } = [];

    /// <summary>Open, and the agency itself owes nothing on it: the office holds it (a review, a dispute).</summary>
    public static bool HeldByOffice(AssignmentLine row) => row is not null && AssignmentCycle.IsOpen(row.Status) && row.OwnDueAt is null
        && row.Status is AssignmentStatus.UnderReview or AssignmentStatus.Disputed;

    /// <summary>An agency's children's completions, disputes and reports waiting for it to review (分解交办 below it), with each child agency's name.</summary>
    public IReadOnlyList<(Engine.Obligations.ReviewLine Line, string AgencyName)> ChildrenReviews { get; private set; } = [];

    public DueWords Due => due;

    public async Task<IActionResult> OnGetAsync(string? agency)
    {
        var agencyId = IsAgency ? Actor.AgencyId : agency;
        if (agencyId is null && !SeesEverything(Actor))
        {
            return Missing();
        }

        var rows = await lines.OfAgencyAsync(Actor, agencyId, HttpContext.RequestAborted);
        Rows = [.. rows.OrderBy(r => AssignmentCycle.IsOpen(r.Status) ? 0 : 1).ThenBy(r => r.OwnDueAt ?? r.DueAt ?? DateTimeOffset.MaxValue)];
        Owed = agencyId is null ? [] : await owed.RunAsync(Actor, agencyId, HttpContext.RequestAborted);
        if (IsAgency)
        {
            var queue = await reviews.RunAsync(Actor, HttpContext.RequestAborted);
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var id in queue.Select(q => q.AgencyId).Distinct(StringComparer.Ordinal))
            {
                names[id] = (await grains.GetGrain<IAgencyGrain>(id).GetAsync())?.Name ?? L["（未登记单位）", "(unregistered agency)"];
            }

            ChildrenReviews = [.. queue.Select(q => (q, names[q.AgencyId]))];
        }

        AgencyName = agencyId is null ? null : (await grains.GetGrain<IAgencyGrain>(agencyId).ReadAsync(Actor))?.Name;
        return Page();
    }
}
