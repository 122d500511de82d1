namespace Supervision.Engine.Trail;

/// <summary>A domain event together with who raised it, when, and the request it came from.</summary>
[GenerateSerializer, Immutable]
public sealed record TrailEntry(IDomainEvent Event, Actor Actor, DateTimeOffset At, string? CorrelationId);
