using Supervision.Engine.Audit;
using Supervision.Host.Auth;
using Supervision.Workflows.Calendar;

namespace Supervision.Host.Audit;

/// <summary>The access audit for the administrator and the inspectors: <c>GET /api/v1/audit?user=&amp;kind=&amp;from=&amp;to=</c>.</summary>
public static class AuditApi
{
    public sealed record AuditList(IReadOnlyList<AuditRecord> Items);

    public static void MapAuditApi(this WebApplication app)
    {
        app.MapGet("/api/v1/audit", async (string? user, string? kind, string? from, string? to, int? offset, int? limit, AuditQuery audit, DueTimes due, HttpContext ctx) =>
        {
            var filter = AuditFilter.Parse(user, kind, from, to, offset ?? 0, limit ?? Engine.Access.Limits.DefaultPage, due.Zone);
            return TypedResults.Ok(new AuditList(await audit.ListAsync(ctx.User.Actor(), filter, ctx.RequestAborted)));
        })
            .RequireAuthorization()
            .WithTags("audit")
            .WithName("listAudit")
            .WithSummary("访问审计 · The access audit: sign-ins, tokens, users, passwords and exports");
    }
}
