using System.Collections.Immutable;

namespace Supervision.Engine.Evaluation;

/// <summary>What an assignment remembers of its model practices: the numbers of the reports the office marked (典型经验).</summary>
[GenerateSerializer, Immutable]
public sealed record PracticesSlice
{
    [Id(0)] public ImmutableList<int> Reports { get; init; } = [];
}
