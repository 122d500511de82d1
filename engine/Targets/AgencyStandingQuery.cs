using Supervision.Engine.MajorIssues;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Targets;

/// <summary>
/// What an evaluation needs from targets and major issues, per agency, at any instant and from the trail only (the same
/// replay as <see cref="ProgressQuery"/>): each agency's attainment against pace per target, and the major issues open
/// then, each with the event behind it. An agency user gets its own agency's rows only.
/// </summary>
public sealed class AgencyStandingQuery(ProgressQuery progress)
{
    /// <summary>Both at once, from one replay of the plan's trail.</summary>
    public async Task<PlanStanding> StandingAsync(string planId, DateTimeOffset asOf, Actor actor, CancellationToken cancellationToken = default)
    {
        var snapshot = await progress.SnapshotAsync(planId, asOf, actor, cancellationToken);
        return new PlanStanding(planId, snapshot.AsOf, Attainment(snapshot), ProgressQuery.IssuesOf(snapshot, open: true));
    }

    /// <summary>One row per target and agency assigned in the target's scope (agencies with no assignment there have none).</summary>
    public async Task<IReadOnlyList<AgencyAttainment>> AttainmentAsync(string planId, DateTimeOffset asOf, Actor actor, CancellationToken cancellationToken = default) =>
        Attainment(await progress.SnapshotAsync(planId, asOf, actor, cancellationToken));

    private List<AgencyAttainment> Attainment(PlanSnapshot snapshot)
    {
        var planId = snapshot.PlanId;
        var plan = progress.ProgressOf(snapshot);
        var agencies = snapshot.Assignments.Values.Where(a => a.Opening is not null).Select(a => (a.Opening!.ItemId, a.Opening.AgencyId)).ToList();
        return [.. plan.Targets.SelectMany(t => agencies
            .Where(a => t.ItemId is null || a.ItemId == t.ItemId)
            .Select(a => a.AgencyId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(agency =>
            {
                var own = t.Agencies.FirstOrDefault(f => f.AgencyId == agency);
                return new AgencyAttainment(planId, agency, t.Key, t.Name, t.Unit, own?.Value, t.Actual, t.Expected, t.Ratio, t.Colour, own?.Event);
            }))];
    }

    /// <summary>The major issues open at <paramref name="asOf"/> on the plan, newest first, each with the event that raised it.</summary>
    public async Task<IReadOnlyList<MajorIssueView>> OpenMajorIssuesAsync(string planId, DateTimeOffset asOf, Actor actor, CancellationToken cancellationToken = default) =>
        ProgressQuery.IssuesOf(await progress.SnapshotAsync(planId, asOf, actor, cancellationToken), open: true);
}
