using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;
using Supervision.Engine.Errors;

namespace Supervision.Host.Api;

/// <summary>
/// An API command that takes no body refuses a JSON object with members, as a command with a body refuses a member it
/// does not know: whoever sent <c>{"reason": …}</c> learns it was not read, rather than believing it recorded.
/// An empty object, <c>null</c> or no body at all is accepted as before.
/// </summary>
public static class BodilessGuard
{
    /// <summary>Marks an endpoint that reads its body itself (an upload, a document to verify), so it is not taken for bodiless.</summary>
    public static readonly ReadsItsOwnBody OwnBody = new();

    private static readonly HashSet<string> Commands = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    public static void UseBodilessGuard(this WebApplication app) => app.Use(async (ctx, next) =>
    {
        if (TakesNoBody(ctx) && RequestGuards.IsJson(ctx.Request.ContentType) && await FirstMemberAsync(ctx.Request) is { } member)
        {
            await Problems.From(FailureKind.Invalid, "request.unknown_member", $"'{member}' is not a member of this body; this call takes no body.", member)
                .ExecuteAsync(ctx);
            return;
        }

        await next(ctx);
    });

    // The framework marks every endpoint that binds a body (JSON or form) with what it accepts; those that read it
    // themselves say so (OwnBody); the rest read none.
    private static bool TakesNoBody(HttpContext ctx) =>
        ctx.Request.Path.StartsWithSegments("/api")
        && Commands.Contains(ctx.Request.Method)
        && ctx.GetEndpoint() is { } endpoint
        && endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is null
        && endpoint.Metadata.GetMetadata<ReadsItsOwnBody>() is null;

    private static async Task<string?> FirstMemberAsync(HttpRequest request)
    {
        request.EnableBuffering();
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return body.RootElement.ValueKind == JsonValueKind.Object ? body.RootElement.EnumerateObject().Select(p => p.Name).FirstOrDefault() : null;
        }
        catch (JsonException)
        {
            // Not JSON at all: the call never read it and still does not.
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}

/// <summary>The metadata of <see cref="BodilessGuard.OwnBody"/>.</summary>
public sealed class ReadsItsOwnBody;
