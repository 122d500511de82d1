using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Assignments;

namespace Supervision.Host.Web.Assignments;

/// <summary>The cycle diagram of one assignment, its status highlighted; readable by whoever may read the assignment.</summary>
public sealed class CycleModel(IGrainFactory grains) : UiPage
{
    public AssignmentView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await grains.GetGrain<IAssignmentGrain>(id).GetAsync(Actor) is not { } view)
        {
            return Missing();
        }

        View = view;
        return Page();
    }
}
