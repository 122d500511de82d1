using Supervision.Engine.Access;

namespace Supervision.Engine.Trail;

/// <summary>Who did something: the user, the role they acted in, and (for agency users) their agency.</summary>
[GenerateSerializer, Immutable]
public sealed record Actor(
    string UserId,
    string Role,
    string? AgencyId)
{
    /// <summary>The engine itself (deadlines, projections): never a person.</summary>
    public static Actor System { get; } = new("system", Roles.System, null);
}
