using System.Security.Claims;
using Supervision.Engine.Access;
using Supervision.Engine.Trail;

namespace Supervision.Host.Auth;

/// <summary>Between a signed-in principal and the engine's <see cref="Actor"/>.</summary>
public static class ClaimsActor
{
    public const string AgencyClaim = "agency";

    public static ClaimsPrincipal Principal(User user, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id),
            new Claim(ClaimTypes.Name, user.Username),
            new Claim(ClaimTypes.GivenName, user.DisplayName),
            new Claim(ClaimTypes.Role, user.Role),
            .. user.AgencyId is null ? Array.Empty<Claim>() : [new Claim(AgencyClaim, user.AgencyId)],
        ],
        scheme));

    public static Actor Actor(this ClaimsPrincipal principal) => new(
        principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The request is not authenticated."),
        principal.FindFirstValue(ClaimTypes.Role) ?? Roles.Inspector,
        principal.FindFirstValue(AgencyClaim));
}
