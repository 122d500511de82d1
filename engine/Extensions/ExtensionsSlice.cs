using Supervision.Engine.Assignments.Events;

namespace Supervision.Engine.Extensions;

/// <summary>What an assignment remembers of extensions: the request the office has not decided yet (the granted due time is the state's own).</summary>
[GenerateSerializer, Immutable]
public sealed record ExtensionsSlice
{
    [Id(0)] public ExtensionRequested? Pending { get; init; }
}
