using Supervision.Engine.Metrics;

namespace Supervision.Host.Metrics;

/// <summary>
/// Counts every command (a request that may change something: not GET, HEAD or OPTIONS) by its intent — the API's
/// operation name, or the page and its handler — and its outcome: <c>ok</c> (2xx/3xx), <c>refused</c> (4xx), <c>failed</c> (5xx).
/// Intents are the host's own routes, so the label set is bounded; an unrouted request is not a command.
/// </summary>
public static class CommandCounting
{
    public static void UseCommandCounting(this WebApplication app) => app.Use(async (ctx, next) =>
    {
        try
        {
            await next(ctx);
        }
        finally
        {
            if (!HttpMethods.IsGet(ctx.Request.Method) && !HttpMethods.IsHead(ctx.Request.Method) && !HttpMethods.IsOptions(ctx.Request.Method)
                && Intent(ctx) is { } intent)
            {
                Telemetry.Commands.Add(1, new("intent", intent), new("outcome", Outcome(ctx.Response.StatusCode)));
            }
        }
    });

    private static string? Intent(HttpContext ctx)
    {
        var endpoint = ctx.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>() is { } name)
        {
            return name.EndpointName;
        }

        if (endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is { } page)
        {
            var handler = ctx.Request.Query["handler"].ToString();
            return handler.Length == 0 ? $"page:{page.ViewEnginePath}" : $"page:{page.ViewEnginePath}:{Bounded(handler)}";
        }

        return null;
    }

    // A handler name comes from the query string; only a name a page could have is kept as a label.
    private static string Bounded(string handler) => handler.Length <= 40 && handler.All(char.IsAsciiLetter) ? handler : "other";

    private static string Outcome(int status) => status switch
    {
        >= 500 => "failed",
        >= 400 => "refused",
        _ => "ok",
    };
}
