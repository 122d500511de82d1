using System.Text.Json.Serialization;
using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Plans;
using Supervision.Host.Api;

namespace Supervision.Host.Plans;

/// <summary>Plans (实施方案) and their action items: create, list, read, add and edit items, dispatch.</summary>
public static class PlansApi
{
    /// <summary>A new action item: ref, title and lead are required; the rest may be left out.</summary>
    public sealed record ItemRequest(
        [property: JsonRequired] string? Ref, [property: JsonRequired] string? Title, string? Text, DateOnly? Due,
        [property: JsonRequired] List<string>? Lead, List<string>? Cooperating, List<Target>? Targets)
    {
        public ItemSpec ToSpec() => new(Ref ?? "", Title ?? "", Text, Due, Lead ?? [], Cooperating ?? [], Targets ?? []);
    }

    /// <summary>
    /// An item as edited (PUT): every member written out, <c>null</c> or <c>[]</c> to clear one, so that a member left
    /// out by mistake is refused instead of erasing what the item had.
    /// </summary>
    public sealed record ItemEditRequest(
        [property: JsonRequired] string? Ref, [property: JsonRequired] string? Title, [property: JsonRequired] string? Text,
        [property: JsonRequired] DateOnly? Due, [property: JsonRequired] List<string>? Lead, [property: JsonRequired] List<string>? Cooperating,
        [property: JsonRequired] List<Target>? Targets)
    {
        public ItemSpec ToSpec() => new(Ref ?? "", Title ?? "", Text, Due, Lead ?? [], Cooperating ?? [], Targets ?? []);
    }

    public sealed record PlanRequest(string? Id, [property: JsonRequired] string? Title, string? Issuer, DateOnly? Issued, List<Target>? Targets, List<ItemRequest>? Items);

    public sealed record DispatchRequest(string? DefinitionId, bool? Major);

    public static void MapPlansApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("plans").RequireAuthorization();
        group.MapPost("/plans", async (PlanRequest body, IGrainFactory grains, HttpContext ctx) =>
        {
            var id = ApiContext.NewOrChecked(body.Id, "p", "id");
            var plan = grains.GetGrain<IPlanGrain>(id);
            var items = (body.Items ?? []).Select(i => i?.ToSpec()!).ToList();
            await plan.CreateAsync(new PlanSpec(body.Title ?? "", body.Issuer, body.Issued, body.Targets ?? []), items, ctx.Actor(), ctx.Correlation());

            return TypedResults.Created($"/api/v1/plans/{id}", await plan.GetAsync(ctx.Actor()));
        })
            .WithName("createPlan")
            .WithSummary("新建方案 · Create a plan");
        group.MapGet("/plans", (PlanListQuery query, HttpContext ctx) => query.PlansAsync(ctx.Actor(), ctx.RequestAborted))
            .WithName("listPlans")
            .WithSummary("方案列表 · List plans");
        group.MapGet("/plans/{id}", async (string id, IGrainFactory grains, HttpContext ctx) =>
            await grains.GetGrain<IPlanGrain>(id).GetAsync(ctx.Actor()) ?? throw SupervisionException.NotFound("plan", id))
            .WithName("getPlan")
            .WithSummary("方案详情 · Read a plan");
        group.MapGet("/plans/{id}/items", async (string id, IGrainFactory grains, PlanListQuery query, HttpContext ctx) =>
        {
            _ = await grains.GetGrain<IPlanGrain>(id).GetAsync(ctx.Actor()) ?? throw SupervisionException.NotFound("plan", id);
            return await query.ItemsAsync(ctx.Actor(), id, ctx.RequestAborted);
        })
            .WithName("listPlanItems")
            .WithSummary("方案事项 · List a plan's items");
        group.MapPost("/plans/{id}/items", async (string id, ItemRequest body, IGrainFactory grains, HttpContext ctx) =>
        {
            var itemId = await grains.GetGrain<IPlanGrain>(id).AddItemAsync(body.ToSpec(), ctx.Actor(), ctx.Correlation());
            return TypedResults.Created($"/api/v1/items/{itemId}", await grains.GetGrain<IActionItemGrain>(itemId).GetAsync(ctx.Actor()));
        })
            .WithName("addPlanItem")
            .WithSummary("添加事项 · Add an action item to a plan");
        group.MapGet("/items/{id}", async (string id, IGrainFactory grains, HttpContext ctx) =>
            await grains.GetGrain<IActionItemGrain>(id).GetAsync(ctx.Actor()) ?? throw SupervisionException.NotFound("action item", id))
            .WithName("getItem")
            .WithSummary("事项详情 · Read an action item");
        group.MapPut("/items/{id}", (string id, ItemEditRequest body, IGrainFactory grains, HttpContext ctx) =>
            grains.GetGrain<IActionItemGrain>(id).EditAsync(body.ToSpec(), ctx.Actor(), ctx.Correlation()))
            .WithName("editItem")
            .WithSummary("修改事项 · Edit an action item");
        group.MapPost("/items/{id}/dispatch", (string id, DispatchRequest? body, IGrainFactory grains, HttpContext ctx) =>
            grains.GetGrain<IActionItemGrain>(id).DispatchAsync(body?.DefinitionId, ctx.Actor(), ctx.Correlation(), body?.Major ?? false))
            .WithName("dispatchItem")
            .WithSummary("交办事项 · Dispatch an action item");
    }
}
