using Supervision.Engine.Trail;

namespace Supervision.Engine.MajorIssues.Events;

/// <summary>The office recorded how major issue <c>Number</c> was coordinated, and closed it.</summary>
[GenerateSerializer, Immutable]
public sealed record MajorIssueClosed(int Number, string Outcome) : IDomainEvent;
