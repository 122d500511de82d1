using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Evaluation;
using Supervision.Host.Api;

namespace Supervision.Host.Web.Evaluations;

/// <summary>
/// The evaluations (考核): the office sets one up here over every agency or one agency's subtree, an agency over its own
/// subtree; everyone lists those it may read (an agency then reads its own score, or every score of its subtree's).
/// </summary>
public sealed class IndexModel(EvaluationListQuery evaluations, IGrainFactory grains, Engine.Plans.PlanListQuery plans) : UiPage
{
    /// <summary>The plans an evaluation may be limited to, for the office's picker.</summary>
    public IReadOnlyList<Engine.Plans.PlanSummary> Plans { get; private set; } = [];

    public IReadOnlyList<EvaluationSummary> Evaluations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Evaluations = await evaluations.RunAsync(Actor, HttpContext.RequestAborted);
        Plans = IsOffice || IsAgency ? await plans.PlansAsync(Actor, HttpContext.RequestAborted) : [];
    }

    /// <summary>Whom an evaluation scores, in words: every agency, or an agency's subtree by its name.</summary>
    public string ScopeWords(string? scope) => ScopeSentence.Of(scope, Names, L);

    public async Task<IActionResult> OnPostAsync(string? title, DateOnly? from, DateOnly? to, string? plan, string? scope, string? op)
    {
        string? id = null;
        var opened = await TryAsync(async () =>
        {
            id = ApiContext.NewOrChecked(null, "e", "id");
            await grains.GetGrain<IEvaluationGrain>(id).OpenAsync(
                new EvaluationSpec(title ?? "", from ?? default, to ?? default, string.IsNullOrWhiteSpace(plan) ? null : plan.Trim(),
                    ScopeAgencyId: string.IsNullOrWhiteSpace(scope) ? null : scope.Trim()), Actor, Correlation(op));
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
