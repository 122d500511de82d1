namespace Supervision.Engine.Agencies;

/// <summary>What a coordinator states when registering an agency. Group agencies stand for their members.</summary>
[GenerateSerializer, Immutable]
public sealed record AgencyProfile(
    string Name,
    string Kind,
    IReadOnlyList<string> Aliases,
    bool IsGroup,
    IReadOnlyList<string> Members);
