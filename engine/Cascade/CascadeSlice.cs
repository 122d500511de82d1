using System.Collections.Immutable;

namespace Supervision.Engine.Cascade;

/// <summary>What an assignment remembers of the cascade: the assignment above it (if any), its children and which have settled.</summary>
[GenerateSerializer, Immutable]
public sealed record CascadeSlice
{
    [Id(0)] public CascadeLink? Link { get; init; }
    [Id(1)] public ImmutableList<CascadedChild> Children { get; init; } = [];
    [Id(2)] public ImmutableList<string> Settled { get; init; } = [];

    /// <summary>When the assignment opened: its children's window starts that day.</summary>
    [Id(4)] public DateTimeOffset OpenedAt { get; init; }

    /// <summary>The parent was withdrawn or handed over: this child closes with it, and tells it nothing back.</summary>
    [Id(3)] public bool ParentClosed { get; init; }
}
