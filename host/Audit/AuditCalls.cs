using Supervision.Engine.Audit;
using Supervision.Engine.Trail;
using Supervision.Host.Auth;

namespace Supervision.Host.Audit;

/// <summary>The one call each access hook makes: records who (or the system, before anyone signed in) did what, from the client's address.</summary>
public static class AuditCalls
{
    public static Task AuditAsync(this HttpContext ctx, string kind, string? user, string? subject = null) =>
        AuditAsync(ctx, kind, ctx?.User.Identity?.IsAuthenticated == true ? ctx.User.Actor() : Actor.System, user, subject);

    public static Task AuditAsync(this HttpContext ctx, string kind, Actor actor, string? user, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return ctx.RequestServices.GetRequiredService<AuditLog>().RecordAsync(kind, actor, user, ctx.Connection.RemoteIpAddress?.ToString(), subject);
    }
}
