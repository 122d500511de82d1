using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Access;
using Supervision.Host.Audit;
using AccessRules = Supervision.Engine.Access.Access;

namespace Supervision.Host.Web.Users;

/// <summary>The administrator's page: every user, and a form to add one (an agency user names its agency).</summary>
public sealed class IndexModel(UserStore users) : UiPage
{
    public IReadOnlyList<User> Users { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Actor.Role != Roles.Admin)
        {
            return Missing();
        }

        Users = await users.ListAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? username, string? displayName, string? role, string? agencyId, string? password)
    {
        if (Actor.Role != Roles.Admin)
        {
            return Missing();
        }

        var added = await TryAsync(async () =>
        {
            AccessRules.RequireAdmin(Actor, "add users");
            await users.AddAsync(username ?? "", string.IsNullOrWhiteSpace(displayName) ? username ?? "" : displayName, role ?? "",
                string.IsNullOrWhiteSpace(agencyId) ? null : agencyId, password ?? "", HttpContext.RequestAborted);
            await HttpContext.AuditAsync(Engine.Audit.AuditKinds.UserAdded, username, role);
        }, L[$"已添加用户 {username}。", $"User {username} added."]);
        if (added)
        {
            return RedirectToPage();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        Users = await users.ListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
