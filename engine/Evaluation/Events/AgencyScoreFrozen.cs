using Supervision.Engine.Trail;

namespace Supervision.Engine.Evaluation.Events;

/// <summary>One agency's frozen score, with its criteria and every line of points lost and the event behind it.</summary>
[GenerateSerializer, Immutable]
public sealed record AgencyScoreFrozen(AgencyScore Score) : IDomainEvent;
