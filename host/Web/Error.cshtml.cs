using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Supervision.Host.Web;

/// <summary>
/// The page for an answer that has none of its own — an unknown address, a page the reader may not see (404, 403), a form
/// that could not be read (400) — inside the site's layout, with its header and language switch, and saying nothing of
/// what was asked for. Status-code pages re-execute here for everything outside the API (see <see cref="WebSetup"/>).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : UiPage
{
    [BindProperty(SupportsGet = true)]
    public int Code { get; set; }

    // A re-executed request keeps its method: a refused POST lands here as a POST.
    public void OnGet() => Response.StatusCode = Code is >= 400 and < 600 ? Code : StatusCodes.Status404NotFound;

    public void OnPost() => OnGet();
}
