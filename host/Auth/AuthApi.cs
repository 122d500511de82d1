using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Supervision.Engine.Access;
using Supervision.Engine.Audit;
using Supervision.Engine.Errors;
using Supervision.Host.Audit;

namespace Supervision.Host.Auth;

/// <summary>Sign in (sets the cookie), sign out, and who am I.</summary>
public static class AuthApi
{
    public sealed record LoginRequest([property: JsonRequired] string? Username, [property: JsonRequired] string? Password);

    public sealed record Me(string Id, string Username, string DisplayName, string Role, string? AgencyId);

    public static void MapAuthApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/auth").WithTags("auth");
        group.MapPost("/login", async (LoginRequest body, UserStore users, SignInThrottle throttle, HttpContext ctx) =>
        {
            var key = $"{ctx.Connection.RemoteIpAddress}|{body.Username}";
            if (!await throttle.MayTryAsync(key, ctx.RequestAborted))
            {
                await ctx.AuditAsync(AuditKinds.SignInFailed, body.Username, "尝试过多 · too many attempts");
                return Results.Problem(
                    "Too many failed sign-ins for this user from this address; wait a minute and try again.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many attempts.",
                    extensions: new Dictionary<string, object?> { ["code"] = "auth.throttled" });
            }

            var user = await users.SignInAsync(body.Username ?? "", body.Password ?? "", ctx.RequestAborted);
            if (user is null)
            {
                await throttle.FailedAsync(key, ctx.RequestAborted);
                await ctx.AuditAsync(AuditKinds.SignInFailed, body.Username);
                throw new SupervisionException(FailureKind.Invalid, "auth.bad_credentials", "The username or password is wrong.");
            }

            await ctx.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, ClaimsActor.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme));
            return Results.Ok(ToMe(user));
        }).AllowAnonymous()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("signIn")
            .WithSummary("登录 · Sign in with a username and password (sets the cookie)");
        group.MapPost("/logout", async (HttpContext ctx) =>
        {
            await ctx.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        })
            .WithName("signOut")
            .WithSummary("退出登录 · Sign out");
        group.MapGet("/me", async (HttpContext ctx, UserStore users) =>
            await users.GetAsync(ctx.User.Actor().UserId, ctx.RequestAborted) is { } u ? Results.Ok(ToMe(u)) : Results.Unauthorized())
            .RequireAuthorization()
            .WithName("getCurrentUser")
            .WithSummary("当前用户 · Who is signed in");
    }

    public static Me ToMe(User u) => new(u.Id, u.Username, u.DisplayName, u.Role, u.AgencyId);
}
