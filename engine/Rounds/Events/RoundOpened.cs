using Supervision.Engine.Deadlines;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Rounds.Events;

/// <summary>The office opened round <c>Number</c>: <c>Period</c> is opened on each of <c>AssignmentIds</c> (the plan's open assignments then) as a reaction.</summary>
[GenerateSerializer, Immutable]
public sealed record RoundOpened(int Number, ReportPeriod Period, IReadOnlyList<string> AssignmentIds) : IDomainEvent;
