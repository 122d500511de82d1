using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Checkpoints;
using Supervision.Host.Api;

namespace Supervision.Host.Trails;

/// <summary>Trails: an item's, read and exported; the whole log, exported; an export verified, optionally against a signed checkpoint.</summary>
public static class TrailsApi
{
    public sealed record TrailEventView(
        string StreamId, long Version, long Position, string Type, System.Text.Json.JsonElement Payload,
        Actor Actor, DateTimeOffset At, string? CorrelationId, string PreviousHash, string Hash, string? LogHash);

    public sealed record CheckpointView(DateTimeOffset At, long Position, string Fingerprint);

    public sealed record VerifyResponse(
        bool Intact, int EventCount, int StreamCount, TrailFault? FirstFault, IReadOnlyList<TrailCut> Cuts, CheckpointView? Checkpoint, string Message);

    public static void MapTrailsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("trails").RequireAuthorization();
        group.MapGet("/items/{id}/trail", async (string id, ItemTrailQuery trail, HttpContext ctx) =>
            (await trail.RunAsync(ctx.Actor(), id, ctx.RequestAborted)).Select(e => new TrailEventView(
                e.StreamId, e.Version, e.Position, e.Type, System.Text.Json.JsonDocument.Parse(e.Payload).RootElement,
                e.Actor, e.At, e.CorrelationId, e.PreviousHash, e.Hash, e.LogHash)))
            .WithName("getItemTrail")
            .WithSummary("事项留痕 · Read an item's trail");
        group.MapGet("/items/{id}/trail/export", async (string id, ItemTrailQuery trail, TimeProvider clock, HttpContext ctx) =>
        {
            var actor = ctx.Actor();
            var (events, scope) = await trail.ReadAsync(actor, id, ctx.RequestAborted);
            return Export(new TrailDocument($"item {id}", clock.GetUtcNow(), events) { Scope = scope }, $"trail-{id}.json");
        })
            .WithName("exportItemTrail")
            .WithSummary("导出留痕 · Export an item's trail");
        group.MapGet("/trail/export", async (TrailLogQuery log, TimeProvider clock, HttpContext ctx) =>
        {
            var events = await log.RunAsync(ctx.Actor(), ctx.RequestAborted);
            return Export(new TrailDocument("whole log", clock.GetUtcNow(), events) { Scope = TrailScope.WholeLog }, "trail-log.json");
        })
            .WithName("exportTrailLog")
            .WithSummary("导出全部留痕 · Export the whole trail log");
        group.MapPost("/trails/verify", async (HttpContext ctx, CheckpointKey key, CheckpointSigners signers) =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var (document, checkpoint) = VerifyRequest.Read(await reader.ReadToEndAsync(ctx.RequestAborted));
            TrailCheck check;
            try
            {
                // Only this installation's keys are trusted here (this node's, or another node's registered in the store):
                // a checkpoint re-signed with another key is refused.
                var trusted = key.Fingerprint;
                if (checkpoint is not null && Fingerprint(checkpoint) is { } f && await signers.TrustsAsync(f, ctx.RequestAborted))
                {
                    trusted = f;
                }

                check = TrailCheck.Run(document, checkpoint, trusted);
            }
            catch (CheckpointRefusedException e)
            {
                throw SupervisionException.Invalid("trail.checkpoint_refused", $"Checkpoint refused: {e.Reason}", "checkpoint");
            }
            catch (FormatException e)
            {
                throw SupervisionException.Invalid("trail.malformed", $"无法与检查点比对 Cannot compare with the checkpoint: {e.Message}", "trail");
            }

            var cp = check.Checkpoint is { } c ? new CheckpointView(c.At, c.Heads.Position, c.Fingerprint) : null;
            var result = check.Verification;
            return TypedResults.Ok(new VerifyResponse(
                check.Intact, result.EventCount, result.StreamCount, result.FirstFault, check.Cuts, cp, TrailVerdict.Describe(check)));
        })
            .Accepts<object>("application/json")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(TrailDocument.MaxBytes))
            .WithMetadata(BodilessGuard.OwnBody)
            .WithName("verifyTrail")
            .WithSummary("校验留痕 · Verify an exported trail");
    }

    private static string? Fingerprint(TrailCheckpoint checkpoint)
    {
        try
        {
            return checkpoint.Fingerprint;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static IResult Export(TrailDocument document, string fileName) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(document.ToJson()), "application/json", fileName);
}
