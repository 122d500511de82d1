using Supervision.Engine.Trail;

namespace Supervision.Engine.Agencies.Events;

[GenerateSerializer, Immutable]
public sealed record AgencyContactsChanged(Contact? Liaison, Contact? Head) : IDomainEvent;
