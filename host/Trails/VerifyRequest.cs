using System.Text.Json;
using Supervision.Engine.Errors;
using Supervision.Engine.Trail;
using Supervision.Engine.Trail.Checkpoints;

namespace Supervision.Host.Trails;

/// <summary>
/// The body of <c>POST /api/v1/trails/verify</c>: an export as it was downloaded, or
/// <c>{"trail": &lt;export&gt;, "checkpoint": &lt;checkpoint file&gt;}</c> to hold it against a checkpoint.
/// </summary>
public static class VerifyRequest
{
    public static (TrailDocument Document, TrailCheckpoint? Checkpoint) Read(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 256 });
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("trail", out var trail))
            {
                var checkpoint = root.TryGetProperty("checkpoint", out var cp) && cp.ValueKind != JsonValueKind.Null ? Checkpoint(cp) : null;
                return (TrailDocument.Parse(trail.GetRawText()), checkpoint);
            }

            return (TrailDocument.Parse(body), null);
        }
        catch (JsonException e)
        {
            throw SupervisionException.Invalid("trail.malformed", $"不是轨迹导出 This is not a trail export: it is not valid JSON ({e.Message}).", "trail");
        }
        catch (FormatException e)
        {
            throw SupervisionException.Invalid("trail.malformed", $"不是轨迹导出 This is not a trail export: {e.Message}", "trail");
        }
    }

    private static TrailCheckpoint Checkpoint(JsonElement element)
    {
        try
        {
            return TrailCheckpoint.Parse(element.GetRawText());
        }
        catch (FormatException e)
        {
            throw SupervisionException.Invalid("trail.checkpoint_malformed", $"This is not a checkpoint: {e.Message}", "checkpoint");
        }
    }
}
