using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies.Events;

/// <summary>The agency now answers to <paramref name="ParentId"/> (null: to no one, a top level).</summary>
[GenerateSerializer, Immutable]
public sealed record AgencyParentChanged(string? ParentId) : IDomainEvent;
