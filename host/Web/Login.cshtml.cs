using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Access;
using Supervision.Engine.Audit;
using Supervision.Engine.Errors;
using Supervision.Host.Audit;
using Supervision.Host.Auth;

namespace Supervision.Host.Web;

/// <summary>Sign-in with the same store, throttle and cookie as <c>POST /api/v1/auth/login</c>.</summary>
public sealed class LoginModel(UserStore users, SignInThrottle throttle) : UiPage
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Username { get; set; }

    public async Task<IActionResult> OnPostAsync(string? password)
    {
        var key = $"{HttpContext.Connection.RemoteIpAddress}|{Username}";
        if (!await throttle.MayTryAsync(key, HttpContext.RequestAborted))
        {
            await HttpContext.AuditAsync(AuditKinds.SignInFailed, Username, "尝试过多 · too many attempts");
            Problem = L.Problem(new SupervisionException(FailureKind.Invalid, "auth.throttled", "Too many failed sign-ins for this user from this address; wait a minute and try again."));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var user = await users.SignInAsync(Username ?? "", password ?? "", HttpContext.RequestAborted);
        if (user is null)
        {
            await throttle.FailedAsync(key, HttpContext.RequestAborted);
            await HttpContext.AuditAsync(AuditKinds.SignInFailed, Username);
            Problem = L.Problem(new SupervisionException(FailureKind.Invalid, "auth.bad_credentials", "The username or password is wrong."));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, ClaimsActor.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
