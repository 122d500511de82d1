using Supervision.Engine.Trail;

namespace Supervision.Engine.Assignments.Events;

/// <summary>The agency asks for a later due date on what it owes now (延期申请), with a reason.</summary>
/// <param name="Obligation">The obligation's kind: acknowledge, contribute, complete or rework.</param>
/// <param name="Date">The date asked for, in the office's zone.</param>
/// <param name="DueAt">When that date ends (the definition's cut-off), in UTC.</param>
/// <param name="Reason">Why.</param>
[GenerateSerializer, Immutable]
public sealed record ExtensionRequested(string Obligation, DateOnly Date, DateTimeOffset DueAt, string Reason) : IDomainEvent;
