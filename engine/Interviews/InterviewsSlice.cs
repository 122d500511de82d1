using System.Collections.Immutable;
using Supervision.Engine.Assignments;

namespace Supervision.Engine.Interviews;

/// <summary>What an assignment remembers of its accountability interviews: each one, oldest first (interview n at index n − 1).</summary>
[GenerateSerializer, Immutable]
public sealed record InterviewsSlice
{
    [Id(0)] public ImmutableList<Interview> Interviews { get; init; } = [];
}
