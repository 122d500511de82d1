using Supervision.Engine.Trail;

namespace Supervision.Engine.Assignments.Events;

/// <summary>The agency reports a rectification commitment done, with its evidence; the obligation is met.</summary>
[GenerateSerializer, Immutable]
public sealed record CommitmentFulfilled(int Interview, int Number, string Evidence) : IDomainEvent;
