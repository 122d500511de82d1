namespace Supervision.Engine.Access;

/// <summary>A person who signs in: a role, and for agency users the one agency they act for.</summary>
public sealed record User(string Id, string Username, string DisplayName, string Role, string? AgencyId, bool Disabled)
{
    public Trail.Actor AsActor() => new(Id, Role, AgencyId);
}
