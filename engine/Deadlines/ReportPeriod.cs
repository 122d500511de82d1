namespace Supervision.Engine.Deadlines;

/// <summary>One period of an assignment's report cadence and when its report is due.</summary>
/// <param name="Name">2022-10 (month), 2022-Q4 (quarter), 2022-W41 (week), or the first day for other lengths.</param>
/// <param name="Start">First day, in the office's zone.</param>
/// <param name="End">Last day.</param>
/// <param name="DueAt">When the report is due: the definition's grace after the period ends, in UTC.</param>
[GenerateSerializer, Immutable]
public sealed record ReportPeriod(string Name, DateOnly Start, DateOnly End, DateTimeOffset DueAt);
