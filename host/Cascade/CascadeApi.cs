using System.Text.Json.Serialization;
using Supervision.Engine.Cascade;
using Supervision.Host.Api;

namespace Supervision.Host.Cascade;

/// <summary>分解交办: the holder of an assignment decomposes it into sub-assignments for agencies below it.</summary>
public static class CascadeApi
{
    public sealed record CascadeRequest([property: JsonRequired] List<CascadeChildInput?>? Children);

    public sealed record CascadedAnswer(string AgencyId, string AssignmentId);

    public sealed record CascadeAnswer(IReadOnlyList<CascadedAnswer> Children);

    public static void MapCascadeApi(this WebApplication app) =>
        app.MapPost("/api/v1/assignments/{id}/cascade", async (string id, CascadeRequest body, IGrainFactory g, HttpContext ctx) =>
            new CascadeAnswer([.. (await g.GetGrain<IAssignmentCascade>(id).CascadeAsync(body.Children ?? [], ctx.Actor(), ctx.Correlation()))
                .Select(c => new CascadedAnswer(c.AgencyId, c.AssignmentId))]))
            .WithTags("assignments")
            .RequireAuthorization()
            .WithName("cascadeAssignment")
            .WithSummary("分解交办 · Cascade an assignment to agencies below");
}
