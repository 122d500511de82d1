using Supervision.Engine.Deadlines;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Assignments.Events;

/// <summary>
/// The report periods the lead owes, fixed when the work starts (at acknowledgement) from the definition's cadence, in
/// the same append; each is an obligation until a report names it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ReportsScheduled(IReadOnlyList<ReportPeriod> Periods) : IDomainEvent;
