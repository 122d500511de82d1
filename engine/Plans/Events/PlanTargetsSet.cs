using Supervision.Engine.Targets;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Plans.Events;

/// <summary>The office restated the plan's targets and the span they are for (null: the calendar year of the issue date).</summary>
[GenerateSerializer, Immutable]
public sealed record PlanTargetsSet(IReadOnlyList<Target> Targets, PlanPeriod? Period) : IDomainEvent;
