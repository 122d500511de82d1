using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Evaluation;
using Supervision.Host.Api;

namespace Supervision.Host.Web.Evaluations;

/// <summary>The evaluations (考核): the office sets one up here; everyone lists them (an agency then reads its own score).</summary>
public sealed class IndexModel(EvaluationListQuery evaluations, IGrainFactory grains, Engine.Plans.PlanListQuery plans) : UiPage
{
    /// <summary>The plans an evaluation may be limited to, for the office's picker.</summary>
    public IReadOnlyList<Engine.Plans.PlanSummary> Plans { get; private set; } = [];

    public IReadOnlyList<EvaluationSummary> Evaluations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Evaluations = await evaluations.RunAsync(HttpContext.RequestAborted);
        Plans = IsOffice ? await plans.PlansAsync(Actor, HttpContext.RequestAborted) : [];
    }

    public async Task<IActionResult> OnPostAsync(string? title, DateOnly? from, DateOnly? to, string? plan, string? op)
    {
        string? id = null;
        var opened = await TryAsync(async () =>
        {
            id = ApiContext.NewOrChecked(null, "e", "id");
            await grains.GetGrain<IEvaluationGrain>(id).OpenAsync(
                new EvaluationSpec(title ?? "", from ?? default, to ?? default, string.IsNullOrWhiteSpace(plan) ? null : plan.Trim()), Actor, Correlation(op));
        }, L["考核已建立。", "Evaluation set up."]);
        if (opened)
        {
            return RedirectToPage("Detail", new { id });
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync();
        return Page();
    }
}
