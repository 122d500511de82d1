using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies.Events;

[GenerateSerializer, Immutable]
public sealed record AgencyRegistered(string Name, string Kind, IReadOnlyList<string> Aliases, bool IsGroup, IReadOnlyList<string> Members) : IDomainEvent;
