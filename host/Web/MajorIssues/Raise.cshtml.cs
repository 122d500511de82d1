using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Assignments;
using Supervision.Engine.MajorIssues;

namespace Supervision.Host.Web.MajorIssues;

/// <summary>An agency raises a major issue on its own assignment; the office is notified at once.</summary>
public sealed class RaiseModel(IGrainFactory grains) : UiPage
{
    public AssignmentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : Missing();

    public async Task<IActionResult> OnPostAsync(string id, string? severity, string? summary, string? needs, string? op)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        if (await TryAsync(
            () => grains.GetGrain<IAssignmentMajorIssues>(id).RaiseMajorIssueAsync(severity ?? "", summary ?? "", needs ?? "", Actor, Correlation(op)),
            L["已报告，督查办公室已收到通知。", "Raised; the office has been notified."]))
        {
            return Redirect($"/assignments/{id}");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        View = (await grains.GetGrain<IAssignmentGrain>(id).GetAsync(Actor))!;
        return View is not null;
    }
}
