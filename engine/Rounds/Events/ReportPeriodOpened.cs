using Supervision.Engine.Deadlines;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Rounds.Events;

/// <summary>A dispatch round opened a report period on the assignment: one more report is owed, with its due time, and climbs the ladder like the cadence's.</summary>
[GenerateSerializer, Immutable]
public sealed record ReportPeriodOpened(int Round, ReportPeriod Period) : IDomainEvent;
