using Supervision.Engine.Trail;

namespace Supervision.Engine.MajorIssues.Events;

/// <summary>The assignment's agency raised major issue <c>Number</c>; the office is told at once.</summary>
[GenerateSerializer, Immutable]
public sealed record MajorIssueRaised(int Number, string Severity, string Summary, string Needs) : IDomainEvent;
