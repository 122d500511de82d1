using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Assignments;

/// <summary>
/// What the office's dashboard counts, counted in SQL rather than from every assignment's line: per plan, assignments by
/// status and (open ones) by colour; the agencies with red work, each with its red and open counts, most red first.
/// </summary>
public sealed record AssignmentCounts(IReadOnlyDictionary<string, PlanCounts> Plans, IReadOnlyList<AgencyRedCount> Ranking)
{
    public PlanCounts Of(string planId) => Plans.GetValueOrDefault(planId) ?? PlanCounts.None;

    /// <summary>How many open assignments are red, over every plan.</summary>
    public int Red => Plans.Values.Sum(p => p.Rag(Deadlines.Rag.Red));
}

/// <summary>One plan's assignments by status, and its open ones by colour.</summary>
public sealed record PlanCounts(IReadOnlyDictionary<AssignmentStatus, int> ByStatus, IReadOnlyDictionary<string, int> ByRag)
{
    public static PlanCounts None { get; } = new(new Dictionary<AssignmentStatus, int>(), new Dictionary<string, int>());

    public int Status(AssignmentStatus status) => ByStatus.GetValueOrDefault(status);

    public int Rag(string colour) => ByRag.GetValueOrDefault(colour);
}

/// <summary>An agency with red work: how many of its open assignments are red, of how many open.</summary>
public sealed record AgencyRedCount(string AgencyId, int Red, int Open);
