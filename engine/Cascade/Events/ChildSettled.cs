using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Cascade.Events;

/// <summary>A sub-assignment closed (completed, waived, withdrawn, handed over): recorded on its parent's stream.</summary>
[GenerateSerializer, Immutable]
public sealed record ChildSettled(string ChildId, string AgencyId, AssignmentStatus Status) : IDomainEvent;
