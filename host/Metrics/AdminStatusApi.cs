using Supervision.Engine.Backup;
using Supervision.Engine.Metrics;
using Supervision.Host.Auth;
using AccessRules = Supervision.Engine.Access.Access;

namespace Supervision.Host.Metrics;

/// <summary><c>GET /api/v1/admin/status</c>: the status page's figures as JSON, for the administrator (anyone else 401/403).</summary>
public static class AdminStatusApi
{
    public static void MapAdminStatusApi(this WebApplication app)
    {
        app.MapGet("/api/v1/admin/status", async (FiguresQuery figures, Configuration.SupervisionOptions options, Cluster.NodeLiveness nodes, HttpContext ctx) =>
        {
            AccessRules.RequireAdmin(ctx.User.Actor(), "read the operating status");
            var reading = await figures.ReadAsync(ctx.RequestAborted);
            return TypedResults.Ok(AdminStatus.Of(reading, BackupStatus.Read(options.DataDirectory), options, nodes.ActiveNodes));
        })
            .RequireAuthorization()
            .WithTags("operations")
            .WithName("getAdminStatus")
            .WithSummary("运行状态（仅限管理员） · The operating status, the figures of the status page, for the administrator");
    }
}
