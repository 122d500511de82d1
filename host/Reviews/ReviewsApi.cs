using Supervision.Engine.Obligations;
using Supervision.Host.Api;

namespace Supervision.Host.Reviews;

/// <summary>The caller's review queue: the office's for coordinators (and, to read, inspectors and administrators); a parent agency's children's.</summary>
public static class ReviewsApi
{
    public static void MapReviewsApi(this WebApplication app) =>
        app.MapGet("/api/v1/review-queue", (ReviewQueue queue, HttpContext ctx) => queue.RunAsync(ctx.Actor(), ctx.RequestAborted))
            .WithTags("assignments")
            .RequireAuthorization()
            .WithName("getReviewQueue")
            .WithSummary("待审核事项 · The caller's review queue");
}
