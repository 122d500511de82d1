using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Access;
using Supervision.Engine.Errors;

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

        return await TryAsync(() => users.SetPasswordAsync(self.Username, next ?? "", HttpContext.RequestAborted), L["密码已修改。", "Password changed."])
            ? RedirectToPage()
            : Page();
    }
}
