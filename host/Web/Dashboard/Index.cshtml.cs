using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Batches;
using Supervision.Engine.Obligations;
using Supervision.Engine.Plans;
using Supervision.Host.Web.Plans;
using Supervision.Workflows.Cycle;
using static Supervision.Engine.Access.Access;

namespace Supervision.Host.Web.Dashboard;

/// <summary>The office's overview: per plan, assignments by status and colour; overdue work by agency; the review queue.</summary>
public sealed class IndexModel(
    PlanListQuery plans, AssignmentLines lines, AssignmentCountsQuery counts, ReviewQueue queue, IGrainFactory grains, AgencyReachQuery reach, ReportAcceptance acceptance) : UiPage
{
    /// <summary>The red assignments listed by name, the most overdue first; the rest are counted (a national plan may have thousands).</summary>
    public const int RedShown = 200;

    /// <summary>The agencies ranked by red work, the most red first.</summary>
    public const int RankingShown = 100;

    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    /// <summary>Per plan, by status and colour; and the agencies with red work — counted in SQL.</summary>
    public AssignmentCounts Counts { get; private set; } = new(new Dictionary<string, PlanCounts>(), []);

    public IReadOnlyList<AgencyRedCount> Ranking { get; private set; } = [];

    public IReadOnlyList<AssignmentLine> Overdue { get; private set; } = [];

    public IReadOnlyList<ReviewLine> Queue { get; private set; } = [];

    /// <summary>Agencies that notices could not be addressed to and that still have no contact with an address.</summary>
    public IReadOnlyList<AgencyReach> Unaddressed { get; private set; } = [];

    /// <summary>Reports the last bulk acceptance could not accept, each with the engine's reason.</summary>
    public IReadOnlyList<BatchOutcome> Refused { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!SeesEverything(Actor))
        {
            return LocalRedirect("/inbox");
        }

        Plans = await plans.PlansAsync(Actor, HttpContext.RequestAborted);
        Counts = await counts.RunAsync(Actor, HttpContext.RequestAborted);
        Overdue = await lines.RedAsync(Actor, RedShown, HttpContext.RequestAborted);
        Ranking = [.. Counts.Ranking.Take(RankingShown)];
        Queue = await WithReportNumbersAsync(await queue.RunAsync(HttpContext.RequestAborted));
        Unaddressed = [.. (await reach.RunAsync(Actor, HttpContext.RequestAborted)).Where(a => a.Unaddressed > 0 && !a.Addressed)];
        return Page();
    }

    /// <summary>The office accepts the reports ticked in its review queue, in one step; any it could not accept are listed with why.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(List<string>? reports, string? op)
    {
        var chosen = (reports ?? []).Select(r => r.Split('#')).Where(p => p.Length == 2 && int.TryParse(p[1], out _))
            .Select(p => (ReportAcceptance.Choice?)new ReportAcceptance.Choice(p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        if (chosen.Count == 0)
        {
            Problem = L["请先勾选要采纳的报告。", "Tick the reports to accept first."];
        }
        else if (await TryRunAsync(chosen, op) is { } outcomes)
        {
            Refused = [.. outcomes.Where(o => o.Outcome == BatchOutcome.Refused)];
            var done = outcomes.Count - Refused.Count;
            if (Refused.Count == 0)
            {
                Done = L[$"已采纳 {done} 份报告。", $"{done} reports accepted."];
                return LocalRedirect("/dashboard#review-queue");
            }

            Problem = L[$"已采纳 {done} 份报告；{Refused.Count} 份未能采纳，见下。", $"{done} reports accepted; {Refused.Count} could not be, see below."];
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await OnGetAsync();
    }

    public string Why(BatchOutcome outcome) => outcome?.Refusal is { } e ? L.Problem(e) : outcome?.Message ?? "";

    private async Task<IReadOnlyList<BatchOutcome>?> TryRunAsync(List<ReportAcceptance.Choice?> chosen, string? op)
    {
        try
        {
            return await acceptance.RunAsync(Actor, chosen, null, Correlation(op));
        }
        catch (Engine.Errors.SupervisionException e)
        {
            Refuse(e);
            return null;
        }
    }

    /// <summary>A line per waiting report, with its number, so each can be accepted on its own or with others.</summary>
    private async Task<IReadOnlyList<ReviewLine>> WithReportNumbersAsync(IReadOnlyList<ReviewLine> queue)
    {
        var result = new List<ReviewLine>();
        foreach (var line in queue)
        {
            if (!Engine.Obligations.ObligationKinds.Report.Is(line.Kind))
            {
                result.Add(line);
                continue;
            }

            var reports = await grains.GetGrain<IAssignmentGrain>(line.AssignmentId).GetReportsAsync(0, Engine.Access.Limits.ReportsPage, Actor) ?? [];
            result.AddRange(reports.Where(r => r.Status == ReportStatus.Pending).Select(r => line with { Report = r.Number, DueAt = null }));
        }

        return result;
    }
}
