using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Supervision.Host.Health;

/// <summary>
/// <c>/health</c> (liveness) answers 200 while the process serves HTTP; <c>/health/ready</c> (readiness) answers 200 while this
/// node's own store connection answers, its own silo is an active member and its reactions queue can be read, with the details
/// as JSON. Neither asks another node: a peer's death leaves this node ready.
/// </summary>
public static class HealthSetup
{
    public static void AddSupervisionHealth(this IServiceCollection services) => services.AddHealthChecks()
        .AddCheck<StoreHealthCheck>("store", tags: ["ready"])
        .AddCheck<ReactionsHealthCheck>("reactions", tags: ["ready"])
        .AddCheck<ClusterHealthCheck>("cluster", tags: ["ready"]);

    public static void MapSupervisionHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new()
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = WriteAsync,
        });
    }

    private static Task WriteAsync(HttpContext ctx, HealthReport report)
    {
        ctx.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(ctx.Response.Body, new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString().ToLowerInvariant(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        }, cancellationToken: ctx.RequestAborted);
    }
}
