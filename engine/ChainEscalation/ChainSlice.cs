using System.Collections.Immutable;

namespace Supervision.Engine.ChainEscalation;

/// <summary>How far up the chain each late obligation of a sub-assignment has been told: 0 the parent agency, then one per level.</summary>
[GenerateSerializer, Immutable]
public sealed record ChainSlice
{
    [Id(0)] public ImmutableDictionary<string, int> Levels { get; init; } = ImmutableDictionary<string, int>.Empty;
}
