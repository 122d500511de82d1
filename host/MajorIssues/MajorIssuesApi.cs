using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Errors;
using Supervision.Engine.MajorIssues;
using Supervision.Host.Api;

namespace Supervision.Host.MajorIssues;

/// <summary>Major issues (重大问题): an agency raises one on its assignment, the office closes it with the outcome; lists.</summary>
public static class MajorIssuesApi
{
    /// <summary>Severity is general, serious or critical; summary what the issue is; needs what the agency needs, from whom.</summary>
    public sealed record RaiseRequest([property: JsonRequired] string? Severity, [property: JsonRequired] string? Summary, [property: JsonRequired] string? Needs);

    public sealed record CloseRequest([property: JsonRequired] string? Outcome);

    public static void MapMajorIssuesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("major issues").RequireAuthorization();
        group.MapPost("/assignments/{id}/major-issues", async (string id, RaiseRequest body, IGrainFactory grains, HttpContext ctx) =>
        {
            var issue = await grains.GetGrain<IAssignmentMajorIssues>(id).RaiseMajorIssueAsync(body.Severity ?? "", body.Summary ?? "", body.Needs ?? "", ctx.Actor(), ctx.Correlation());
            return TypedResults.Created($"/api/v1/assignments/{id}/major-issues/{issue.Number}", issue);
        })
            .WithName("submitMajorIssue")
            .WithSummary("报告重大问题 · Raise a major issue on an assignment");
        group.MapPost("/assignments/{id}/major-issues/{number:int}/close", (string id, int number, CloseRequest body, IGrainFactory grains, HttpContext ctx) =>
            grains.GetGrain<IAssignmentMajorIssues>(id).CloseMajorIssueAsync(number, body.Outcome ?? "", ctx.Actor(), ctx.Correlation()))
            .WithName("resolveMajorIssue")
            .WithSummary("重大问题销号 · Record the coordination outcome and close a major issue");
        group.MapGet("/major-issues", ([FromQuery(Name = "plan_id")] string? planId, [FromQuery(Name = "status")] string? status, MajorIssueQuery query, HttpContext ctx) =>
            query.ListAsync(ctx.Actor(), planId, status switch
            {
                null or "" or "open" => true,
                "all" => false,
                _ => throw SupervisionException.Invalid("input.outcome", $"'status' must be open or all (was '{status}').", "status").With("allowed", "open, all"),
            }, ctx.RequestAborted))
            .WithName("listMajorIssues")
            .WithSummary("重大问题 · List major issues (open by default)");
    }
}
