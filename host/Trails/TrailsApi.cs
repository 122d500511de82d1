using Supervision.Engine.Errors;
using Supervision.Engine.Items;
using Supervision.Engine.Trail;
using Supervision.Host.Api;

namespace Supervision.Host.Trails;

/// <summary>An item's completion trail: read it, export it as a signed-by-hash document, verify a document.</summary>
public static class TrailsApi
{
    public sealed record TrailEventView(
        string StreamId, long Version, long Position, string Type, System.Text.Json.JsonElement Payload,
        Actor Actor, DateTimeOffset At, string? CorrelationId, string PreviousHash, string Hash);

    public sealed record VerifyResponse(bool Intact, int EventCount, int StreamCount, TrailFault? FirstFault, string Message);

    public static void MapTrailsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("trails").RequireAuthorization();
        group.MapGet("/items/{id}/trail", async (string id, ItemTrailQuery trail, HttpContext ctx) =>
            (await trail.RunAsync(ctx.Actor(), id, ctx.RequestAborted)).Select(e => new TrailEventView(
                e.StreamId, e.Version, e.Position, e.Type, System.Text.Json.JsonDocument.Parse(e.Payload).RootElement,
                e.Actor, e.At, e.CorrelationId, e.PreviousHash, e.Hash)))
            .WithName("getItemTrail")
            .WithSummary("事项留痕 · Read an item's trail");
        group.MapGet("/items/{id}/trail/export", async (string id, ItemTrailQuery trail, TimeProvider clock, HttpContext ctx) =>
        {
            var document = new TrailDocument($"item {id}", clock.GetUtcNow(), await trail.RunAsync(ctx.Actor(), id, ctx.RequestAborted));
            return Results.File(System.Text.Encoding.UTF8.GetBytes(document.ToJson()), "application/json", $"trail-{id}.json");
        })
            .WithName("exportItemTrail")
            .WithSummary("导出留痕 · Export an item's trail");
        group.MapPost("/trails/verify", async (HttpContext ctx) =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var text = await reader.ReadToEndAsync(ctx.RequestAborted);
            TrailDocument document;
            try
            {
                document = TrailDocument.Parse(text);
            }
            catch (FormatException e)
            {
                throw SupervisionException.Invalid("trail.malformed", $"This is not a trail export: {e.Message}");
            }

            var result = document.Verify();
            return TypedResults.Ok(new VerifyResponse(result.Intact, result.EventCount, result.StreamCount, result.FirstFault, Describe(result)));
        })
            .Accepts<object>("application/json")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(TrailDocument.MaxBytes))
            .WithName("verifyTrail")
            .WithSummary("校验留痕 · Verify an exported trail");
    }

    /// <summary>The verdict for people: Chinese first, then English, naming the first bad event when there is one.</summary>
    public static string Describe(TrailVerification result) => result.FirstFault is { } f
        ? $"已被篡改 Tampered: 第一个异常事件位于 position {f.Position} (stream {f.StreamId}, version {f.Version}): {f.Reason}"
        : $"完好 Intact: {result.EventCount} 个事件（{result.StreamCount} 条流）校验通过 — {result.EventCount} events in {result.StreamCount} streams verify.";
}
