namespace Supervision.Engine.Agencies;

/// <summary>What a coordinator states when registering an agency, contacts included. Group agencies stand for their members.</summary>
[GenerateSerializer, Immutable]
public sealed record AgencyProfile(
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    bool IsGroup,
    IReadOnlyList<string> Members,
    Contact? Liaison = null,
    Contact? Head = null);
