namespace Supervision.Engine.Agencies;

/// <summary>
/// An agency as the API shows it. For a reader not entitled to its contacts (another agency's user) the liaison and
/// head are null and <see cref="ContactsWithheld"/> says so, so "none set" and "not yours to see" are told apart.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgencyView(
    string Id,
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    bool IsGroup,
    IReadOnlyList<string> Members,
    Contact? Liaison,
    Contact? Head,
    long Version,
    bool ContactsWithheld = false,
    string? ParentId = null)
{
    /// <summary>The same agency without its people: what another agency's user may know of it.</summary>
    public AgencyView WithoutContacts() => this with { Liaison = null, Head = null, ContactsWithheld = true };
}
