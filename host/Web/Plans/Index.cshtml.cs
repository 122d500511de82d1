using Supervision.Engine.Plans;

namespace Supervision.Host.Web.Plans;

/// <summary>The plans the reader may see.</summary>
public sealed class IndexModel(PlanListQuery plans) : UiPage
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public async Task OnGetAsync() => Plans = await plans.PlansAsync(Actor, HttpContext.RequestAborted);
}
