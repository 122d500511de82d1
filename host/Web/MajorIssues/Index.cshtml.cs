using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.MajorIssues;

namespace Supervision.Host.Web.MajorIssues;

/// <summary>Major issues, open first: the office records each one's coordination outcome and closes it; an agency sees its own.</summary>
public sealed class IndexModel(IGrainFactory grains, MajorIssueQuery query) : UiPage
{
    public IReadOnlyList<MajorIssueView> Issues { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public async Task OnGetAsync() => Issues = await query.ListAsync(Actor, null, !All, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostCloseAsync(string assignment, int number, string? outcome, string? op)
    {
        if (await TryAsync(
            () => grains.GetGrain<IAssignmentMajorIssues>(assignment).CloseMajorIssueAsync(number, outcome ?? "", Actor, Correlation(op)),
            L["已销号。", "Closed."]))
        {
            return RedirectToPage();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync();
        return Page();
    }
}
