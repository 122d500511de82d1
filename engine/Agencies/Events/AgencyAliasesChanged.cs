using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies.Events;

[GenerateSerializer, Immutable]
public sealed record AgencyAliasesChanged(IReadOnlyList<string> Aliases) : IDomainEvent;
