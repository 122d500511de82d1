using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies.Events;

/// <summary>The agency's name changed (a registry import that names it anew); its id, and so its work, stay.</summary>
[GenerateSerializer, Immutable]
public sealed record AgencyRenamed(string Name) : IDomainEvent;
