using Supervision.Engine.Trail;

namespace Supervision.Engine.Plans.Events;

[GenerateSerializer, Immutable]
public sealed record PlanCreated(string Title, string? Issuer, DateOnly? Issued, IReadOnlyList<Target> Targets) : IDomainEvent;
