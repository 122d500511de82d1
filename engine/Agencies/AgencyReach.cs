namespace Supervision.Engine.Agencies;

/// <summary>
/// Whether anyone at an agency can learn of its work: <c>Users</c> enabled users sign in for it; <c>Addressed</c> its
/// liaison or head has an e-mail address, so notices reach someone. <c>Unaddressed</c> notices could not be sent to it.
/// </summary>
public sealed record AgencyReach(string Id, string Name, bool IsGroup, int Users, bool Addressed, int Unaddressed, DateTimeOffset? LastUnaddressedAt)
{
    /// <summary>Nobody signs in for it and no notice reaches it: its work would go unseen.</summary>
    public bool Unreachable => Users == 0 && !Addressed;
}
