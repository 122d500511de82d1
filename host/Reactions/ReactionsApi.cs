using Supervision.Engine.Errors;
using Supervision.Engine.Reactions;
using Supervision.Host.Api;

namespace Supervision.Host.Reactions;

/// <summary>The reactions queue for administrators: what is waiting, what was parked and why, and retrying it.</summary>
public static class ReactionsApi
{
    public static void MapReactionsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/reactions").WithTags("reactions").RequireAuthorization();
        group.MapGet("", (string? state, int? offset, int? limit, ReactionQuery reactions, HttpContext ctx) =>
            reactions.ListAsync(ctx.Actor(), Parse(state), offset ?? 0, limit ?? Engine.Access.Limits.DefaultPage, ctx.RequestAborted))
            .WithName("listReactions")
            .WithSummary("后续处理队列 · List the reactions queue");
        group.MapPost("/{id}/retry", async (string id, ReactionQuery reactions, HttpContext ctx) =>
            await reactions.RetryAsync(ctx.Actor(), id, ctx.RequestAborted) == 1
                ? TypedResults.Ok(new RetriedReactions(1))
                : throw SupervisionException.NotFound("waiting or parked reaction", id))
            .WithName("retryReaction")
            .WithSummary("重试后续处理 · Retry a reaction");
        group.MapPost("/retry", async (ReactionQuery reactions, HttpContext ctx) =>
            TypedResults.Ok(new RetriedReactions(await reactions.RetryAsync(ctx.Actor(), null, ctx.RequestAborted))))
            .WithName("retryReactions")
            .WithSummary("重试全部搁置的后续处理 · Retry every parked reaction");
    }

    private static ReactionState Parse(string? state) => state switch
    {
        null or "failed" => ReactionState.Failed,
        "pending" => ReactionState.Pending,
        "done" => ReactionState.Done,
        _ => throw SupervisionException.Invalid("reactions.state", $"'state' must be failed, pending or done (was '{state}').", "state"),
    };
}
