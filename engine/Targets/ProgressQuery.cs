using Supervision.Engine.Assignments;
using Supervision.Engine.Deadlines;
using Supervision.Engine.Errors;
using Supervision.Engine.MajorIssues;
using Supervision.Engine.Obligations;
using Supervision.Engine.Trail;
using Supervision.Workflows.Calendar;
using Supervision.Workflows.Cycle;
using Supervision.Workflows.Definition;
using static Supervision.Engine.Access.Access;

namespace Supervision.Engine.Targets;

/// <summary>
/// A plan's progress at any instant (now by default), computed from the event log by <see cref="PlanReplay"/> — the same
/// fold for today and for 30 June. An agency user sees its own agency's assignments, figures and issues and its descendants' sub-assignments' only.
/// </summary>
public sealed class ProgressQuery(PlanReplay replay, DefinitionCatalog definitions, DueTimes dueTimes)
{
    /// <summary>The plan's snapshot as <paramref name="actor"/> may see it; refuses a plan it may not see as not found.</summary>
    public async Task<PlanSnapshot> SnapshotAsync(string planId, DateTimeOffset? asOf, Actor actor, CancellationToken cancellationToken)
    {
        var snapshot = await replay.AsOfAsync(planId, asOf, cancellationToken) ?? throw SupervisionException.NotFound("plan", planId);
        if (SeesEverything(actor))
        {
            return snapshot;
        }

        var own = snapshot.Assignments.Where(a => a.Value.Opening is { } o && Cascade.CascadeRows.IsOwnOrBelow(actor.AgencyId, o.AgencyId, Cascade.CascadePart.Link(a.Value)?.Chain)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        if (own.Count == 0)
        {
            throw SupervisionException.NotFound("plan", planId);
        }

        var items = own.Values.Select(a => a.Opening!.ItemId).ToHashSet(StringComparer.Ordinal);
        return snapshot with
        {
            Assignments = own,
            Items = snapshot.Items.Where(i => items.Contains(i.Key)).ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal),
            Values = [.. snapshot.Values.Where(v => own.ContainsKey(v.AssignmentId))],
            IssueEvents = snapshot.IssueEvents.Where(e => own.ContainsKey(e.Key[..e.Key.LastIndexOf('#')])).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
        };
    }

    public async Task<PlanProgress> ProgressAsync(string planId, DateTimeOffset? asOf, Actor actor, CancellationToken cancellationToken) =>
        ProgressOf(await SnapshotAsync(planId, asOf, actor, cancellationToken));

    /// <summary>The figures of a snapshot already read.</summary>
    public PlanProgress ProgressOf(PlanSnapshot s)
    {
        var open = s.Assignments.Values.Where(a => a.Opening is not null && AssignmentCycle.IsOpen(a.Status)).ToList();
        return new PlanProgress(
            s.PlanId, s.Plan.Title, s.AsOf, s.Period, s.Period.ElapsedShare(s.AsOf, dueTimes.Zone), RollUp.Of(s, dueTimes.Zone), Anomalies.Of(s),
            s.Assignments.Values.Where(a => a.Opening is not null).GroupBy(a => AssignmentRows.Name(a.Status)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Rag.All.ToDictionary(c => c, c => open.Count(a => Colour(a, s.AsOf) == c), StringComparer.Ordinal),
            IssuesOf(s, open: true));
    }

    /// <summary>The major issues of the snapshot (those open at its instant when <paramref name="open"/>), newest first.</summary>
    public static List<MajorIssueView> IssuesOf(PlanSnapshot s, bool open) =>
        [.. s.Assignments
            .Where(a => a.Value.Opening is not null)
            .SelectMany(a => MajorIssuesPart.Of(a.Value).Where(i => !open || i.IsOpen).Select(i =>
            {
                var o = a.Value.Opening!;
                return new MajorIssueView(
                    a.Key, i.Number, o.PlanId, o.ItemId, o.ItemRef, o.ItemTitle, o.AgencyId, i.Severity, i.Summary, i.Needs, i.RaisedAt, i.RaisedBy,
                    i.Outcome, i.ClosedAt, i.ClosedBy, s.IssueEvents.GetValueOrDefault($"{a.Key}#{i.Number}"));
            }))
            .OrderByDescending(i => i.RaisedAt)
            .ThenBy(i => i.AssignmentId, StringComparer.Ordinal)];

    /// <summary>The assignment's colour at <paramref name="at"/>: the worst of its open obligations, by the one rule (<see cref="Rag"/>).</summary>
    public string Colour(AssignmentState state, DateTimeOffset at)
    {
        var o = state.Opening!;
        var ladder = new Ladder(definitions.Get(o.DefinitionId, o.DefinitionVersion), dueTimes, o.Major);
        return Rag.Worst(Obligation.AllOf(state).Select(owed =>
        {
            var reached = state.RungReached(owed.Key);
            var step = reached >= 0 ? ladder.Definition.Ladder[reached] : null;
            return Rag.Of(owed.DueAt, ladder.WarnAt(owed), step is not null, step is { IsOverdue: true }, at);
        }));
    }
}
