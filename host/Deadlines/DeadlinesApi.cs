using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Deadlines;
using Supervision.Host.Api;

namespace Supervision.Host.Deadlines;

/// <summary>Red / yellow / green over a plan, an agency or everything, for dashboards.</summary>
public static class DeadlinesApi
{
    public static void MapDeadlinesApi(this WebApplication app) =>
        app.MapGroup("/api/v1").WithTags("deadlines").RequireAuthorization()
            .MapGet("/rag", ([FromQuery(Name = "plan_id")] string? planId, [FromQuery(Name = "agency_id")] string? agencyId, RagQuery query, HttpContext ctx) =>
                query.RunAsync(ctx.Actor(), planId, agencyId, ctx.RequestAborted))
            .WithName("getRag")
            .WithSummary("红黄绿灯 · Red, yellow and green by item and agency");
}
