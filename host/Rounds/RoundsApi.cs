using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Rounds;
using Supervision.Host.Api;
using Supervision.Host.Targets;

namespace Supervision.Host.Rounds;

/// <summary>Dispatch rounds (定期调度) of a plan: open the next, list them, a round's reported / late / waiting lists and changes.</summary>
public static class RoundsApi
{
    /// <summary>A round: the report period's name (2022-06), its first and last day, and the day its report is due.</summary>
    public sealed record RoundRequest(
        [property: JsonRequired] string? Period, [property: JsonRequired] DateOnly? Start, [property: JsonRequired] DateOnly? End,
        [property: JsonRequired] DateOnly? Due);

    public static void MapRoundsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/plans/{id}/rounds").WithTags("rounds").RequireAuthorization();
        group.MapPost("", async (string id, RoundRequest body, IGrainFactory grains, HttpContext ctx) =>
        {
            var round = await grains.GetGrain<IRoundGrain>(id).OpenAsync(
                body.Period ?? "", body.Start ?? default, body.End ?? default, body.Due ?? default, ctx.Actor(), ctx.Correlation());
            return TypedResults.Created($"/api/v1/plans/{id}/rounds/{round.Number}", round);
        })
            .WithName("createRound")
            .WithSummary("开启调度轮次 · Open a dispatch round: a report period on every open assignment");
        group.MapGet("", ([FromQuery(Name = "as_of")] string? asOf, string id, RoundQuery query, HttpContext ctx) =>
            query.ListAsync(id, AsOf.Parse(asOf), ctx.Actor(), ctx.RequestAborted))
            .WithName("listRounds")
            .WithSummary("调度轮次 · List a plan's dispatch rounds");
        group.MapGet("/{number:int}", ([FromQuery(Name = "as_of")] string? asOf, string id, int number, RoundQuery query, HttpContext ctx) =>
            query.StatusAsync(id, number, AsOf.Parse(asOf), ctx.Actor(), ctx.RequestAborted))
            .WithName("getRound")
            .WithSummary("调度情况 · Who reported, who is late, what changed since the last round");
    }
}
