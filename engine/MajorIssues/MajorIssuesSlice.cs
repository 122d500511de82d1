using System.Collections.Immutable;

namespace Supervision.Engine.MajorIssues;

/// <summary>What an assignment remembers of its major issues: each one, oldest first (issue n at index n − 1).</summary>
[GenerateSerializer, Immutable]
public sealed record MajorIssuesSlice
{
    [Id(0)] public ImmutableList<MajorIssue> Issues { get; init; } = [];
}
