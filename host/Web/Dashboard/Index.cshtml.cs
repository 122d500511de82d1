using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Plans;
using Supervision.Host.Web.Plans;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;

namespace Supervision.Host.Web.Dashboard;

/// <summary>The office's overview: per plan, assignments by status and colour; overdue work by agency; the review queue.</summary>
public sealed class IndexModel(PlanListQuery plans, AssignmentLines lines, ReviewQueue queue) : UiPage
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public ILookup<string, AssignmentLine> ByPlan { get; private set; } = null!;

    public IReadOnlyList<(string AgencyId, int Overdue, int Open)> Ranking { get; private set; } = [];

    public IReadOnlyList<AssignmentLine> Overdue { get; private set; } = [];

    public IReadOnlyList<ReviewLine> Queue { get; private set; } = [];

    /// <summary>Higher ladder steps first: 通报, 约谈, 督办, 催办, 提醒, then red without a step.</summary>
    public static int StepRank(string? step) => step switch
    {
        "notice" => 5, "interview" => 4, "supervise" => 3, "urge" => 2, "remind" => 1, _ => 0,
    };

    public async Task<IActionResult> OnGetAsync()
    {
        if (!SeesEverything(Actor))
        {
            return LocalRedirect("/inbox");
        }

        Plans = await plans.PlansAsync(Actor, HttpContext.RequestAborted);
        var all = await lines.OfPlanAsync(Actor, null, HttpContext.RequestAborted);
        ByPlan = all.ToLookup(l => l.PlanId);
        Overdue = [.. all.Where(l => l.Rag == Engine.Deadlines.Rag.Red).OrderBy(l => l.DueAt)];
        Ranking = [.. all.Where(l => AssignmentCycle.IsOpen(l.Status)).GroupBy(l => l.AgencyId)
            .Select(g => (g.Key, g.Count(l => l.Rag == Engine.Deadlines.Rag.Red), g.Count()))
            .Where(r => r.Item2 > 0)
            .OrderByDescending(r => r.Item2).ThenBy(r => r.Key, StringComparer.Ordinal)];
        Queue = await queue.RunAsync(HttpContext.RequestAborted);
        return Page();
    }
}
