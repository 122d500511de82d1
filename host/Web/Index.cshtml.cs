using Microsoft.AspNetCore.Mvc;
using Supervision.Engine.Access;

namespace Supervision.Host.Web;

/// <summary>Home: each role starts where its work is.</summary>
public sealed class IndexModel : UiPage
{
    public IActionResult OnGet() => LocalRedirect(Actor.Role switch
    {
        Roles.Agency => "/inbox",
        Roles.Admin => "/users",
        _ => "/dashboard",
    });
}
