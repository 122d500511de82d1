using Supervision.Engine.Deadlines;

namespace Supervision.Engine.Rounds;

/// <summary>A dispatch round (定期调度) of a plan: its number, the report period it opened with its due time, and on which assignments.</summary>
[GenerateSerializer, Immutable]
public sealed record Round(int Number, ReportPeriod Period, IReadOnlyList<string> AssignmentIds, DateTimeOffset OpenedAt, string OpenedBy);
