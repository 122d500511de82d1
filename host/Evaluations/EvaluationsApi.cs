using System.Text.Json.Serialization;
using Supervision.Engine.Errors;
using Supervision.Engine.Evaluation;
using Supervision.Host.Api;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Scoring;

namespace Supervision.Host.Evaluations;

/// <summary>Evaluations (考核评价): set up, read live or frozen, freeze, export, chart; model practices; the scoring schemes.</summary>
public static class EvaluationsApi
{
    public sealed record EvaluationRequest(
        string? Id, [property: JsonRequired] string? Title, [property: JsonRequired] DateOnly? From, [property: JsonRequired] DateOnly? To,
        string? PlanId, string? SchemeId, int? SchemeVersion, string? ScopeAgencyId);

    public sealed record FreezeRequest(DateTimeOffset? AsOf);

    public sealed record PracticeRequest(string? Note);

    public static void MapEvaluationsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("evaluations").RequireAuthorization();
        group.MapPost("/evaluations", async (EvaluationRequest body, IGrainFactory g, HttpContext ctx) =>
        {
            var id = ApiContext.NewOrChecked(body.Id, "e", "id");
            var view = await g.GetGrain<IEvaluationGrain>(id).OpenAsync(
                new EvaluationSpec(body.Title ?? "", body.From ?? default, body.To ?? default, body.PlanId, body.SchemeId ?? "standard", body.SchemeVersion, body.ScopeAgencyId),
                ctx.Actor(), ctx.Correlation());
            return TypedResults.Created($"/api/v1/evaluations/{id}", view);
        })
            .WithName("createEvaluation")
            .WithSummary("新建考核 · Set up an evaluation");
        group.MapGet("/evaluations", (EvaluationListQuery query, HttpContext ctx) => query.RunAsync(ctx.Actor(), ctx.RequestAborted))
            .WithName("listEvaluations")
            .WithSummary("考核列表 · List evaluations");
        group.MapGet("/evaluations/{id}", async (string id, DateTimeOffset? asOf, IGrainFactory g, HttpContext ctx) =>
            await g.GetGrain<IEvaluationGrain>(id).GetAsync(ctx.Actor(), asOf) ?? throw SupervisionException.NotFound("evaluation", id))
            .WithName("getEvaluation")
            .WithSummary("考核结果（每一分可追溯到事件） · An evaluation's scores, every point traced to its event");
        group.MapPost("/evaluations/{id}/freeze", (string id, FreezeRequest? body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IEvaluationGrain>(id).FreezeAsync(body?.AsOf, ctx.Actor(), ctx.Correlation()))
            .WithName("freezeEvaluation")
            .WithSummary("冻结考核结果 · Freeze an evaluation as of a date");
        group.MapGet("/evaluations/{id}/export", async (string id, string? format, string? part, string? lang, IGrainFactory g, IServiceProvider services, HttpContext ctx) =>
        {
            var view = await g.GetGrain<IEvaluationGrain>(id).GetAsync(ctx.Actor()) ?? throw SupervisionException.NotFound("evaluation", id);
            var export = new EvaluationExport(view, await Names(services, ctx), lang == "en", services.GetRequiredService<DueTimes>().Zone);
            return format switch
            {
                "xlsx" => Results.File(export.Xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"evaluation-{id}.xlsx"),
                "csv" => Results.File(export.Csv(part ?? "scores"), "text/csv; charset=utf-8", $"evaluation-{id}-{part ?? "scores"}.csv"),
                _ => throw SupervisionException.Invalid("export.format", $"'format' must be 'xlsx' or 'csv' (was '{format}').", "format").With("allowed", "xlsx、csv"),
            };
        })
            .WithName("exportEvaluation")
            .WithSummary("导出考核结果（xlsx/csv） · Export an evaluation as xlsx or csv");
        group.MapGet("/evaluations/{id}/chart.svg", async (string id, string? lang, IGrainFactory g, IServiceProvider services, HttpContext ctx) =>
        {
            var view = await g.GetGrain<IEvaluationGrain>(id).GetAsync(ctx.Actor()) ?? throw SupervisionException.NotFound("evaluation", id);
            return Results.Text(ScoreChart.Svg(view.Sheet.Agencies, await Names(services, ctx), lang == "en"), "image/svg+xml; charset=utf-8");
        })
            .WithName("getEvaluationChart")
            .WithSummary("得分柱状图（SVG） · The scores as a bar chart (SVG)");
        group.MapPost("/assignments/{id}/reports/{number:int}/model-practice", (string id, int number, PracticeRequest? body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IModelPracticeGrain>(id).MarkModelPracticeAsync(number, body?.Note, ctx.Actor(), ctx.Correlation()))
            .WithName("markModelPractice")
            .WithSummary("标记典型经验 · Mark a report as a model practice");
        group.MapGet("/scoring/schemes", (SchemeCatalog schemes) => schemes.All)
            .WithName("listScoringSchemes")
            .WithSummary("考核评分办法 · The scoring schemes");
    }

    internal static async Task<IReadOnlyDictionary<string, string>> Names(IServiceProvider services, HttpContext ctx) =>
        (await services.GetRequiredService<Engine.Agencies.AgencyListQuery>().RunAsync(ctx.Actor(), ctx.RequestAborted))
            .ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
}
