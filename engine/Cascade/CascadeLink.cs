namespace Supervision.Engine.Cascade;

/// <summary>
/// What a sub-assignment knows of the one above it: its parent, the agency that reviews it (the parent's), the agencies
/// of every assignment above it (nearest first: who may read it), its depth (1 under a dispatched assignment), its shares
/// and its instructions.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CascadeLink(
    string ParentId,
    string ReviewerAgencyId,
    IReadOnlyList<string> Chain,
    int Depth,
    IReadOnlyList<Share> Shares,
    string? Instructions);
