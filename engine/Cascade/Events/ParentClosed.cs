using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Cascade.Events;

/// <summary>The assignment above was withdrawn or handed over: recorded on each open child's stream, with the child's withdrawal.</summary>
[GenerateSerializer, Immutable]
public sealed record ParentClosed(string ParentId, AssignmentStatus Status) : IDomainEvent;
