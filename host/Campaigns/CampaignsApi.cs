using System.Text.Json.Serialization;
using Supervision.Engine.Campaigns;
using Supervision.Engine.Errors;
using Supervision.Host.Api;

namespace Supervision.Host.Campaigns;

/// <summary>Special supervision campaigns (专项督导), their findings (问题清单) and the findings' rectification (整改 → 销号).</summary>
public static class CampaignsApi
{
    public sealed record CampaignRequest(
        string? Id, [property: JsonRequired] string? Theme, [property: JsonRequired] DateOnly? Starts, [property: JsonRequired] DateOnly? Ends,
        List<string>? Staff, List<string>? ItemIds, List<string>? AgencyIds, List<string>? Groups);

    public sealed record FindingRequest(
        [property: JsonRequired] string? AssignmentId, [property: JsonRequired] string? Severity, [property: JsonRequired] string? Text,
        [property: JsonRequired] DateOnly? Due);

    public sealed record RectificationRequest([property: JsonRequired] string? Text);

    public sealed record FindingReviewRequest([property: JsonRequired] string? Decision, string? Note, DateOnly? Due);

    public sealed record SummaryRequest(string? Summary);

    public sealed record CampaignSummary(string Id, string Theme, DateOnly Starts, DateOnly Ends, bool Closed);

    public static void MapCampaignsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("campaigns").RequireAuthorization();
        group.MapPost("/campaigns", async (CampaignRequest body, IGrainFactory g, HttpContext ctx) =>
        {
            var id = ApiContext.NewOrChecked(body.Id, "c", "id");
            var view = await g.GetGrain<ICampaignGrain>(id).OpenAsync(
                new CampaignSpec(body.Theme ?? "", body.Starts ?? default, body.Ends ?? default, body.Staff ?? [], body.ItemIds ?? [], body.AgencyIds ?? [], body.Groups ?? []),
                ctx.Actor(), ctx.Correlation());
            return TypedResults.Created($"/api/v1/campaigns/{id}", view);
        })
            .WithName("createCampaign")
            .WithSummary("开展专项督导 · Open a supervision campaign");
        group.MapGet("/campaigns", async (CampaignQuery query, HttpContext ctx) =>
            (await query.ListAsync(ctx.Actor(), ctx.RequestAborted)).Select(c => new CampaignSummary(c.Id, c.Theme, c.Starts, c.Ends, c.Closed)))
            .WithName("listCampaigns")
            .WithSummary("专项督导列表 · List supervision campaigns");
        group.MapGet("/campaigns/{id}", (string id, CampaignQuery query, HttpContext ctx) => query.ReportAsync(id, ctx.Actor(), ctx.RequestAborted))
            .WithName("getCampaign")
            .WithSummary("督导报告：问题按单位与状态 · A campaign's report: findings by agency and status");
        group.MapPost("/campaigns/{id}/close", (string id, SummaryRequest? body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<ICampaignGrain>(id).CloseAsync(body?.Summary, ctx.Actor(), ctx.Correlation()))
            .WithName("closeCampaign")
            .WithSummary("结束专项督导 · Close a supervision campaign");
        group.MapPost("/campaigns/{id}/findings", (string id, FindingRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IFindingsGrain>(Required(body.AssignmentId, "assignment_id")).RecordFindingAsync(
                id, new FindingInput(body.Severity ?? "", body.Text ?? "", body.Due ?? default), ctx.Actor(), ctx.Correlation()))
            .WithName("recordFinding")
            .WithSummary("记录督导问题 · Record a finding against an assignment");
        group.MapGet("/assignments/{id}/findings", async (string id, IGrainFactory g, HttpContext ctx) =>
            await g.GetGrain<IFindingsGrain>(id).GetFindingsAsync(ctx.Actor()) ?? throw SupervisionException.NotFound("assignment", id))
            .WithName("listFindings")
            .WithSummary("任务的督导问题 · An assignment's findings");
        group.MapPost("/assignments/{id}/findings/{number:int}/rectification", (string id, int number, RectificationRequest body, IGrainFactory g, HttpContext ctx) =>
            g.GetGrain<IFindingsGrain>(id).RectifyFindingAsync(number, body.Text ?? "", ctx.Actor(), ctx.Correlation()))
            .WithName("submitRectification")
            .WithSummary("报送整改情况 · Report a finding rectified");
        group.MapPost("/assignments/{id}/findings/{number:int}/review", (string id, int number, FindingReviewRequest body, IGrainFactory g, HttpContext ctx) =>
            body.Decision switch
            {
                "close" => g.GetGrain<IFindingsGrain>(id).CloseFindingAsync(number, body.Note, ctx.Actor(), ctx.Correlation()),
                "return" => g.GetGrain<IFindingsGrain>(id).ReturnFindingAsync(number, body.Note ?? "", body.Due, ctx.Actor(), ctx.Correlation()),
                _ => throw SupervisionException.Invalid("review.decision", $"'decision' must be 'close' or 'return' (was '{body.Decision}').", "decision").With("allowed", "close、return"),
            })
            .WithName("reviewFinding")
            .WithSummary("核验整改：销号或退回 · Verify a rectification: close or return");
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw SupervisionException.Invalid("input.required", $"'{field}' is required and may not be blank.", field) : value;
}
