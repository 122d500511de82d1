using Supervision.Engine.Batches;
using Supervision.Host.Api;

namespace Supervision.Host.Batches;

/// <summary>
/// The office's bulk commands: dispatch many items of a plan, accept many reports. Each thing is its grain's own intent,
/// applied whole or not at all; the answer lists every thing's outcome, a refusal with its code and sentence.
/// </summary>
public static class BatchesApi
{
    /// <summary><c>items</c> left out (or null): every item of the plan not yet dispatched.</summary>
    public sealed record PlanDispatchRequest(List<string>? Items, string? DefinitionId);

    public sealed record AcceptReportsRequest(List<ReportAcceptance.Choice?>? Reports, string? Note);

    public sealed record BatchAnswer(int Done, int Refused, IReadOnlyList<BatchOutcome> Outcomes)
    {
        public static BatchAnswer Of(IReadOnlyList<BatchOutcome> outcomes) =>
            new(outcomes.Count(o => o.Outcome == BatchOutcome.Done), outcomes.Count(o => o.Outcome == BatchOutcome.Refused), outcomes);
    }

    public static void MapBatchesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("bulk").RequireAuthorization();
        group.MapPost("/plans/{id}/dispatch", async (string id, PlanDispatchRequest? body, PlanDispatch dispatch, HttpContext ctx) =>
            BatchAnswer.Of(await dispatch.RunAsync(ctx.Actor(), id, body?.Items, body?.DefinitionId, ctx.Correlation(), ctx.RequestAborted)))
            .WithName("dispatchPlanItems")
            .WithSummary("批量交办 · Dispatch many items of a plan");
        group.MapPost("/reports/accept", async (AcceptReportsRequest body, ReportAcceptance acceptance, HttpContext ctx) =>
            BatchAnswer.Of(await acceptance.RunAsync(ctx.Actor(), body.Reports, body.Note, ctx.Correlation())))
            .WithName("reviewReports")
            .WithSummary("批量采纳进展报告 · Accept many progress reports");
    }
}
