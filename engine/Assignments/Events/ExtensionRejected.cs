using Supervision.Engine.Trail;

namespace Supervision.Engine.Assignments.Events;

/// <summary>The office refuses the extension, with a reason; the due time and the ladder stand.</summary>
[GenerateSerializer, Immutable]
public sealed record ExtensionRejected(string Obligation, string Reason) : IDomainEvent;
