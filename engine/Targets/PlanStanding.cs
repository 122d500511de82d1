using Supervision.Engine.MajorIssues;

namespace Supervision.Engine.Targets;

/// <summary>Each agency's attainment against pace and the major issues open, on one plan at one instant (one replay).</summary>
public sealed record PlanStanding(string PlanId, DateTimeOffset AsOf, IReadOnlyList<AgencyAttainment> Attainment, IReadOnlyList<MajorIssueView> OpenMajorIssues);
