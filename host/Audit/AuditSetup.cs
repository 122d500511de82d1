using Microsoft.AspNetCore.Authentication.Cookies;
using Supervision.Engine.Audit;
using Supervision.Host.Auth;

namespace Supervision.Host.Audit;

/// <summary>
/// The access audit: the log and its listing, sign-ins and sign-outs heard from the cookie handler itself (the API
/// and the page sign in through it alike), and every download recorded as it starts.
/// </summary>
public static class AuditSetup
{
    public static void AddAccessAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<AuditQuery>();
        builder.Services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o =>
        {
            var signedIn = o.Events.OnSignedIn;
            o.Events.OnSignedIn = async ctx =>
            {
                await ctx.HttpContext.AuditAsync(AuditKinds.SignIn, ctx.Principal!.Actor(), ctx.Principal!.Identity?.Name);
                await signedIn(ctx);
            };
            var signingOut = o.Events.OnSigningOut;
            o.Events.OnSigningOut = async ctx =>
            {
                if (ctx.HttpContext.User.Identity?.IsAuthenticated == true)
                {
                    await ctx.HttpContext.AuditAsync(AuditKinds.SignOut, ctx.HttpContext.User.Identity.Name);
                }

                await signingOut(ctx);
            };
        });
    }

    public static void UseExportAudit(this WebApplication app) => app.UseMiddleware<ExportAudit>();
}
