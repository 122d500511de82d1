using Supervision.Engine.Trail;

namespace Supervision.Engine.Assignments.Events;

/// <summary>The office records an accountability interview (约谈) held with the agency; each commitment becomes an obligation.</summary>
[GenerateSerializer, Immutable]
public sealed record InterviewRecorded(
    int Number, DateOnly HeldOn, string Place, IReadOnlyList<string> Attendees, string Minutes, IReadOnlyList<Commitment> Commitments) : IDomainEvent;
