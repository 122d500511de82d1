namespace Supervision.Engine.Agencies;

/// <summary>An agency's workload at a glance: open assignments, how many are overdue, how many are done.</summary>
public sealed record AgencyCounters(int Total, int Open, int Overdue, int Completed);
