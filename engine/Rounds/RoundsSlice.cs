using System.Collections.Immutable;

namespace Supervision.Engine.Rounds;

/// <summary>What an assignment remembers of dispatch rounds: the report period each round opened here, by round number.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundsSlice
{
    [Id(0)] public ImmutableDictionary<int, string> Periods { get; init; } = ImmutableDictionary<int, string>.Empty;
}
