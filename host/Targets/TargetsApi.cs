using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Plans;
using Supervision.Engine.Targets;
using Supervision.Host.Api;

namespace Supervision.Host.Targets;

/// <summary>A plan's targets: restate them, their roll-up against pace at any instant, each agency's part, the export.</summary>
public static class TargetsApi
{
    /// <summary>The plan's targets in full (they replace the ones it had) and, optionally, the span they are for.</summary>
    public sealed record TargetsRequest([property: JsonRequired] List<Target>? Targets, DateOnly? PeriodStart, DateOnly? PeriodEnd);

    public static void MapTargetsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/plans/{id}").WithTags("targets").RequireAuthorization();
        group.MapPut("/targets", (string id, TargetsRequest body, IGrainFactory grains, HttpContext ctx) =>
            grains.GetGrain<IPlanGrain>(id).SetTargetsAsync(
                body.Targets ?? [],
                body.PeriodStart is { } start && body.PeriodEnd is { } end ? new PlanPeriod(start, end) : null,
                ctx.Actor(),
                ctx.Correlation()))
            .WithName("setPlanTargets")
            .WithSummary("设定方案指标 · Set a plan's targets and their period");
        group.MapGet("/progress", ([FromQuery(Name = "as_of")] string? asOf, string id, ProgressQuery query, HttpContext ctx) =>
            query.ProgressAsync(id, AsOf.Parse(asOf), ctx.Actor(), ctx.RequestAborted))
            .WithName("getPlanProgress")
            .WithSummary("指标进度与序时进度 · A plan's targets against pace, anomalies, statuses and colours (as of any instant)");
        group.MapGet("/standing", ([FromQuery(Name = "as_of")] string? asOf, string id, AgencyStandingQuery query, TimeProvider clock, HttpContext ctx) =>
            query.StandingAsync(id, AsOf.Parse(asOf) ?? clock.GetUtcNow(), ctx.Actor(), ctx.RequestAborted))
            .WithName("getPlanStanding")
            .WithSummary("各单位指标完成与重大问题 · Each agency's attainment against pace and open major issues (as of any instant)");
        group.MapGet("/export", async (
            [FromQuery(Name = "format")] string? format, [FromQuery(Name = "as_of")] string? asOf, [FromQuery(Name = "table")] string? table,
            string id, PlanExport export, HttpContext ctx) =>
        {
            var file = await export.RunAsync(id, format, AsOf.Parse(asOf), ctx.Actor(), ExportLanguage.English(ctx.Request), ctx.RequestAborted, table);
            return TypedResults.File(file.Content, file.ContentType, file.FileName);
        })
            .WithName("exportPlan")
            .WithSummary("导出方案进度 · Export a plan's status and indicator progress as .xlsx or .csv");
    }
}
