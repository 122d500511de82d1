using System.Text.Json.Serialization;
using Supervision.Engine.Access;
using Supervision.Engine.Audit;
using Supervision.Engine.Errors;
using Supervision.Host.Api;
using Supervision.Host.Audit;
using Supervision.Host.Auth;
using AccessRules = Supervision.Engine.Access.Access;

namespace Supervision.Host.Users;

/// <summary>Users and tokens: the administrator manages them; anyone may issue a token for themselves.</summary>
public static class UsersApi
{
    public sealed record AddUserRequest([property: JsonRequired] string? Username, string? DisplayName, [property: JsonRequired] string? Role, string? AgencyId, [property: JsonRequired] string? Password);

    public sealed record TokenRequest(string? Name);

    public sealed record PasswordRequest([property: JsonRequired] string? Password);

    public static void MapUsersApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/users").WithTags("users").RequireAuthorization();
        group.MapPost("", async (AddUserRequest body, UserStore users, HttpContext ctx) =>
        {
            AccessRules.RequireAdmin(ctx.Actor(), "add users");
            var user = await users.AddAsync(body.Username ?? "", body.DisplayName ?? body.Username ?? "", body.Role ?? "", body.AgencyId, body.Password ?? "", ctx.RequestAborted);
            await ctx.AuditAsync(AuditKinds.UserAdded, user.Username, user.Role);
            return TypedResults.Created($"/api/v1/users/{user.Username}", AuthApi.ToMe(user));
        })
            .WithName("createUser")
            .WithSummary("新建用户 · Create a user");
        group.MapGet("", async (UserStore users, HttpContext ctx) =>
        {
            AccessRules.RequireAdmin(ctx.Actor(), "list users");
            return (await users.ListAsync(ctx.RequestAborted)).Select(AuthApi.ToMe);
        })
            .WithName("listUsers")
            .WithSummary("用户列表 · List users");
        group.MapPost("/{username}/tokens", async (string username, TokenRequest body, UserStore users, HttpContext ctx) =>
        {
            await RequireSelfOrAdminAsync(ctx, users, username);
            var token = await users.IssueTokenAsync(username, body.Name ?? "api", ctx.RequestAborted);
            await ctx.AuditAsync(AuditKinds.TokenIssued, username, body.Name ?? "api");
            return TypedResults.Ok(new IssuedToken(token));
        })
            .WithName("issueToken")
            .WithSummary("签发令牌 · Issue an API bearer token");
        group.MapPost("/{username}/password", async (string username, PasswordRequest body, UserStore users, HttpContext ctx) =>
        {
            await RequireSelfOrAdminAsync(ctx, users, username);
            await users.SetPasswordAsync(username, body.Password ?? "", ctx.RequestAborted);
            await ctx.AuditAsync(AuditKinds.PasswordChanged, username);
            return TypedResults.NoContent();
        })
            .WithName("setPassword")
            .WithSummary("设置密码 · Set a user's password");
    }

    private static async Task RequireSelfOrAdminAsync(HttpContext ctx, UserStore users, string username)
    {
        var actor = ctx.Actor();
        if (actor.Role == Engine.Access.Roles.Admin)
        {
            return;
        }

        var self = await users.GetAsync(actor.UserId, ctx.RequestAborted);
        if (self?.Username != username)
        {
            throw SupervisionException.Forbidden("Only an administrator may manage another user's password or tokens.");
        }
    }
}
