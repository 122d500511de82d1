using Supervision.Engine.Access;
using Supervision.Engine.Errors;
using Supervision.Host.Api;

namespace Supervision.Host.Metrics;

/// <summary>
/// <c>GET /metrics</c>: the Prometheus text format, for an administrator only: a scraper carries an admin's bearer token, an
/// admin signed in to the pages may look too. Anyone else gets problem+json: 401 when not signed in, 403 for another role.
/// On the loopback listener of <c>Supervision:Metrics:Port</c> (<see cref="MetricsPort"/>) no token is asked for.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static void MapSupervisionMetrics(this WebApplication app, Configuration.SupervisionOptions options)
    {
        if (!options.Metrics.Enabled)
        {
            return;
        }

        // The exporter's middleware on a branch of its own, run only once the caller is known to be an admin.
        var scrape = ((IApplicationBuilder)app).New().UseOpenTelemetryPrometheusScrapingEndpoint(_ => true).Build();
        // Given as a Delegate (not a RequestDelegate) so that the route is described in the OpenAPI document.
        app.MapGet(Path, (Delegate)(async (HttpContext ctx) =>
        {
            if (!ctx.IsMetricsPort(options) && Refusal(ctx) is { } refused)
            {
                await refused.ExecuteAsync(ctx);
                return;
            }

            await scrape(ctx);
        }))
            .WithMetadata(OpenApi.ChecksItsCaller.Instance)
            .WithName("scrapeMetrics")
            .WithTags("operations")
            .WithSummary("运行指标（Prometheus 文本格式，仅限管理员） · Metrics in the Prometheus text format, for the administrator")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult? Refusal(HttpContext ctx)
    {
        if (ctx.User.Identity?.IsAuthenticated != true)
        {
            return TypedResults.Problem("Send an admin's bearer token in the Authorization header to read the metrics.",
                statusCode: StatusCodes.Status401Unauthorized, extensions: Problems.Extensions("auth.required", "Authorization"));
        }

        return ctx.Actor().Role == Roles.Admin
            ? null
            : Problems.From(FailureKind.Forbidden, "access.forbidden", "Only an administrator reads the metrics.");
    }
}
