namespace Supervision.Engine.Agencies;

/// <summary>
/// What the office (or an agency, below itself) states when registering an agency, contacts and parent included.
/// Group agencies stand for their members.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgencyProfile(
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    bool IsGroup,
    IReadOnlyList<string> Members,
    Contact? Liaison = null,
    Contact? Head = null,
    string? ParentId = null);
