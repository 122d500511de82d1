using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Access;
using Supervision.Engine.Audit;
using Supervision.Engine.Errors;
using Supervision.Host.Audit;

namespace Supervision.Host.Web.Account;

/// <summary>Anyone changes their own password, after giving the current one.</summary>
public sealed class PasswordModel(UserStore users) : UiPage
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? next)
    {
        var self = await users.GetAsync(Actor.UserId, HttpContext.RequestAborted);
        if (self is null || await users.SignInAsync(self.Username, current ?? "", HttpContext.RequestAborted) is null)
        {
            Problem = L.Problem(new SupervisionException(FailureKind.Invalid, "auth.bad_credentials", "The current password is wrong."));
            return Page();
        }

        return await TryAsync(
            async () =>
            {
                await users.SetPasswordAsync(self.Username, next ?? "", HttpContext.RequestAborted);
                await HttpContext.AuditAsync(AuditKinds.PasswordChanged, self.Username);
            },
            L["密码已修改。", "Password changed."])
            ? RedirectToPage()
            : Page();
    }
}
