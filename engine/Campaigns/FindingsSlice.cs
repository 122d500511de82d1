using System.Collections.Immutable;

namespace Supervision.Engine.Campaigns;

/// <summary>What an assignment remembers of its campaign findings: each one, oldest first (finding n at index n − 1).</summary>
[GenerateSerializer, Immutable]
public sealed record FindingsSlice
{
    [Id(0)] public ImmutableList<Finding> Findings { get; init; } = [];
}
