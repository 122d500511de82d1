using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Cascade;
using Supervision.Host.Api;
using Supervision.Host.Targets;

namespace Supervision.Host.Cascade;

/// <summary>汇总: an assignment's or a plan's roll-up tree, each read with one query (<see cref="TreeQuery"/>).</summary>
public static class TreeApi
{
    public static void MapTreeApi(this WebApplication app)
    {
        app.MapGet("/api/v1/assignments/{id}/tree", ([FromQuery(Name = "as_of")] string? asOf, string id, TreeQuery query, HttpContext ctx) =>
            query.AssignmentAsync(id, AsOf.Parse(asOf), ctx.Actor(), ctx.RequestAborted))
            .WithTags("assignments")
            .RequireAuthorization()
            .WithName("getAssignmentTree")
            .WithSummary("下级任务汇总 · An assignment and its sub-assignments rolled up (as of any instant)");
        app.MapGet("/api/v1/plans/{id}/tree", ([FromQuery(Name = "as_of")] string? asOf, [FromQuery(Name = "depth")] int? depth, string id, TreeQuery query, HttpContext ctx) =>
            query.PlanAsync(id, depth, AsOf.Parse(asOf), ctx.Actor(), ctx.RequestAborted))
            .WithTags("plans")
            .RequireAuthorization()
            .WithName("getPlanTree")
            .WithSummary("方案分解汇总 · A plan's items with their assignments cascaded to a depth (as of any instant)");
    }
}
