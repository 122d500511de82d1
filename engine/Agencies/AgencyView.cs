namespace Supervision.Engine.Agencies;

/// <summary>An agency as the API shows it.</summary>
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
    long Version);
