using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Agencies;
using Supervision.Engine.Assignments;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Errors;
using Supervision.Host.Api;
using Supervision.Workflows.Cycle;

namespace Supervision.Host.Agencies;

/// <summary>Agencies (单位): register, list, read, contacts, and each agency's inbox.</summary>
public static class AgenciesApi
{
    public sealed record RegisterRequest(string? Id, [property: JsonRequired] string? Name, string? Kind, List<string>? Aliases, bool? IsGroup, List<string>? Members, Contact? Liaison, Contact? Head, string? ParentId = null);

    /// <summary>Both contacts, written out: <c>null</c> clears one; leaving a member out is refused, so a sloppy request erases nothing.</summary>
    public sealed record ContactsRequest([property: JsonRequired] Contact? Liaison, [property: JsonRequired] Contact? Head);

    /// <summary>The whole list of aliases: <c>[]</c> (or <c>null</c>) clears them; leaving the member out is refused.</summary>
    public sealed record AliasesRequest([property: JsonRequired] List<string>? Aliases);

    /// <summary>The agency above this one: <c>null</c> makes it a top level; leaving the member out is refused.</summary>
    public sealed record ParentRequest([property: JsonRequired] string? ParentId);

    public static void MapAgenciesApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("agencies").RequireAuthorization();
        group.MapPost("/agencies", async (RegisterRequest body, IGrainFactory grains, HttpContext ctx) =>
        {
            var id = ApiContext.NewOrChecked(body.Id, "ag", "id");
            var agency = grains.GetGrain<IAgencyGrain>(id);
            var view = await agency.RegisterAsync(
                new AgencyProfile(body.Name ?? "", body.Kind ?? "department", body.Aliases ?? [], body.IsGroup ?? false, body.Members ?? [], body.Liaison, body.Head, body.ParentId),
                ctx.Actor(), ctx.Correlation());
            return TypedResults.Created($"/api/v1/agencies/{id}", view);
        })
            .WithName("registerAgency")
            .WithSummary("登记单位 · Register an agency");
        group.MapGet("/agencies", (AgencyListQuery query, HttpContext ctx) => query.RunAsync(ctx.Actor(), ctx.RequestAborted))
            .WithName("listAgencies")
            .WithSummary("单位列表 · List agencies");
        group.MapGet("/agencies/{id}", async (string id, IGrainFactory grains, HttpContext ctx) =>
            await grains.GetGrain<IAgencyGrain>(id).ReadAsync(ctx.Actor()) ?? throw SupervisionException.NotFound("agency", id))
            .WithName("getAgency")
            .WithSummary("单位详情 · Read an agency");
        group.MapGet("/agencies/{id}/counters", async (string id, IGrainFactory grains, AgencyCountersQuery counters, HttpContext ctx) =>
        {
            _ = await grains.GetGrain<IAgencyGrain>(id).GetAsync() ?? throw SupervisionException.NotFound("agency", id);
            return await counters.RunAsync(ctx.Actor(), id, ctx.RequestAborted);
        })
            .WithName("getAgencyCounters")
            .WithSummary("单位任务统计 · Count an agency's assignments");
        group.MapPut("/agencies/{id}/contacts", (string id, ContactsRequest body, IGrainFactory grains, HttpContext ctx) =>
            grains.GetGrain<IAgencyGrain>(id).SetContactsAsync(body.Liaison, body.Head, ctx.Actor(), ctx.Correlation()))
            .WithName("setAgencyContacts")
            .WithSummary("设置联系人 · Set an agency's contacts");
        group.MapPut("/agencies/{id}/aliases", (string id, AliasesRequest body, IGrainFactory grains, HttpContext ctx) =>
            grains.GetGrain<IAgencyGrain>(id).SetAliasesAsync(body.Aliases ?? [], ctx.Actor(), ctx.Correlation()))
            .WithName("setAgencyAliases")
            .WithSummary("设置单位别名 · Set an agency's aliases");
        group.MapPut("/agencies/{id}/parent", (string id, ParentRequest body, IGrainFactory grains, HttpContext ctx) =>
            grains.GetGrain<IAgencyGrain>(id).SetParentAsync(body.ParentId, ctx.Actor(), ctx.Correlation()))
            .WithName("setAgencyParent")
            .WithSummary("设置上级单位 · Set an agency's parent");
        group.MapGet("/agencies/{id}/subtree", (string id, int? depth, AgencySubtreeQuery subtree, HttpContext ctx) =>
            subtree.RunAsync(ctx.Actor(), id, depth, ctx.RequestAborted))
            .WithName("getAgencySubtree")
            .WithSummary("下级单位 · List an agency's descendants");
        group.MapAgencyImportApi();
        group.MapGet("/agencies/{id}/inbox", (string id, string? status, [FromQuery(Name = "due_before")] DateTimeOffset? dueBefore, bool? overdue, string? rag, int? limit, int? offset, InboxQuery inbox, HttpContext ctx) =>
            inbox.RunAsync(ctx.Actor(), id, Filter(status, dueBefore, overdue, rag, limit, offset), ctx.RequestAborted))
            .WithName("getAgencyInbox")
            .WithSummary("单位待办 · List an agency's assignments");
        group.MapGet("/inbox", (string? status, [FromQuery(Name = "due_before")] DateTimeOffset? dueBefore, bool? overdue, string? rag, int? limit, int? offset, InboxQuery inbox, HttpContext ctx) =>
            inbox.RunAsync(ctx.Actor(), ctx.Actor().AgencyId, Filter(status, dueBefore, overdue, rag, limit, offset), ctx.RequestAborted))
            .WithName("getInbox")
            .WithSummary("我的待办 · List my agency's assignments");
    }

    private static InboxFilter Filter(string? status, DateTimeOffset? dueBefore, bool? overdue, string? rag, int? limit, int? offset)
    {
        AssignmentStatus? parsed = null;
        if (!string.IsNullOrEmpty(status))
        {
            parsed = Enum.TryParse<AssignmentStatus>(status.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var s)
                ? s
                : throw SupervisionException.Invalid("inbox.status", $"Unknown status '{status}'; use one of {string.Join(", ", Enum.GetNames<AssignmentStatus>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName))}.", "status")
                    .With("value", status).With("allowed", string.Join("、", Enum.GetNames<AssignmentStatus>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName)));
        }

        if (!string.IsNullOrEmpty(rag) && !Rag.All.Contains(rag))
        {
            throw SupervisionException.Invalid("inbox.rag", $"Unknown colour '{rag}'; use one of {string.Join(", ", Rag.All)}.", "rag").With("value", rag);
        }

        return new InboxFilter(parsed, dueBefore, overdue ?? false, limit ?? Engine.Access.Limits.InboxDefaultPage, offset ?? 0, string.IsNullOrEmpty(rag) ? null : rag);
    }
}
