using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Supervision.Engine.Errors;

namespace Supervision.Host.Api;

/// <summary>
/// Checks every request makes before any endpoint runs, so that no endpoint has to: a JSON body's charset is one the host
/// can decode (else 415), and no id in the path is blank, holds control characters or is absurdly long (else 404 — no
/// such thing can exist, and the grain runtime refuses such keys).
/// </summary>
public static class RequestGuards
{
    public const int MaxIdLength = 200;

    public static void UseCharsetGuard(this WebApplication app) => app.Use(async (ctx, next) =>
    {
        if (MediaTypeHeaderValue.TryParse(ctx.Request.ContentType, out var type)
            && IsJson(type)
            && type.Charset.HasValue
            && type.Encoding is null)
        {
            await TypedResults.Problem(
                $"The charset '{type.Charset.Value}' is not one the host can read; send JSON in UTF-8.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                extensions: Problems.Extensions("request.unsupported_media_type", "Content-Type")).ExecuteAsync(ctx);
            return;
        }

        await next(ctx);
    });

    /// <summary>Whether a request's content type says JSON (<c>application/json</c> or any <c>+json</c>).</summary>
    public static bool IsJson(string? contentType) => MediaTypeHeaderValue.TryParse(contentType, out var type) && IsJson(type);

    private static bool IsJson(MediaTypeHeaderValue type) =>
        type.MediaType.Value is { } media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    public static void UseRouteIdGuard(this WebApplication app) => app.Use(async (ctx, next) =>
    {
        foreach (var (name, value) in ctx.Request.RouteValues)
        {
            if (value is string id && (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength || id.Any(char.IsControl)))
            {
                await Problems.From(FailureKind.NotFound, "not_found", $"There is nothing with this {name}: it is blank, too long or holds control characters.")
                    .ExecuteAsync(ctx);
                return;
            }
        }

        await next(ctx);
    });
}
