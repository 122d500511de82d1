using System.Net;
using Microsoft.Extensions.Options;

namespace Supervision.Host.Metrics;

/// <summary>
/// <c>Supervision:Metrics:Port</c>: one more address, <c>http://127.0.0.1:{port}</c>, beside the host's own. Only a process
/// on this machine reaches it, so it serves <c>/metrics</c> without a token; every other path there is a 404, so the API
/// and the pages are never reachable through it.
/// </summary>
public static class MetricsPort
{
    public static void AddMetricsPort(this WebApplicationBuilder builder, Configuration.SupervisionOptions options)
    {
        if (options.Metrics.Port is not { } port || !options.Metrics.Enabled)
        {
            return;
        }

        if (port is < 1 or > IPEndPoint.MaxPort)
        {
            throw new OptionsValidationException("Supervision:Metrics:Port", typeof(MetricsSettings),
                [$"Setting Supervision:Metrics:Port is invalid: {port} is not a TCP port (1–65535)."]);
        }

        // Added to the addresses the host already serves (--urls, ASPNETCORE_URLS, or the default set before this).
        var urls = builder.Configuration["urls"];
        builder.WebHost.UseUrls([.. (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries), $"http://127.0.0.1:{port}"]);
    }

    /// <summary>True when the request came in on the metrics port.</summary>
    public static bool IsMetricsPort(this HttpContext ctx, Configuration.SupervisionOptions options) =>
        options.Metrics.Port is { } port && ctx.Connection.LocalPort == port;

    public static void UseMetricsPort(this WebApplication app, Configuration.SupervisionOptions options)
    {
        if (options.Metrics.Port is null || !options.Metrics.Enabled)
        {
            return;
        }

        app.Use(async (ctx, next) =>
        {
            if (ctx.IsMetricsPort(options) && ctx.Request.Path != MetricsEndpoint.Path)
            {
                ctx.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(ctx);
        });
    }
}
