using Supervision.Engine.Trail;

namespace Supervision.Engine.Assignments.Events;

/// <summary>The office grants the extension: the obligation is now due at <paramref name="DueAt"/> and its ladder starts again.</summary>
[GenerateSerializer, Immutable]
public sealed record ExtensionApproved(string Obligation, DateOnly Date, DateTimeOffset DueAt, string? Note) : IDomainEvent;
