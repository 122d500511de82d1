using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Targets;
using Supervision.Engine.Trail;
using Supervision.Workflows.Cycle;

namespace Supervision.Engine.Rounds;

/// <summary>
/// A round's standing at any instant, from the plan rebuilt from the trail (<see cref="ProgressQuery.SnapshotAsync"/>);
/// an agency user sees its own agency's entries only, and a round's assignment ids are cut to those the reader may see
/// (the round itself was opened on every agency's work).
/// </summary>
public sealed class RoundQuery(IGrainFactory grains, ProgressQuery progress)
{
    public async Task<IReadOnlyList<Round>> ListAsync(string planId, DateTimeOffset? asOf, Actor actor, CancellationToken cancellationToken)
    {
        var snapshot = await progress.SnapshotAsync(planId, asOf, actor, cancellationToken);
        return await SeenAsync(planId, snapshot);
    }

    public async Task<RoundStatus> StatusAsync(string planId, int number, DateTimeOffset? asOf, Actor actor, CancellationToken cancellationToken)
    {
        var snapshot = await progress.SnapshotAsync(planId, asOf, actor, cancellationToken);
        var rounds = await SeenAsync(planId, snapshot);
        var round = rounds.FirstOrDefault(r => r.Number == number) ?? throw SupervisionException.NotFound("round", $"{planId}/{number}");
        var previous = rounds.LastOrDefault(r => r.Number < number);
        var entries = round.AssignmentIds
            .Where(snapshot.Assignments.ContainsKey)
            .Select(id => Entry(id, snapshot.Assignments[id], round, snapshot.AsOf))
            .ToList();
        var changes = previous is null ? [] : entries
            .Where(e => e.Report is not null)
            .SelectMany(e => Changes(snapshot.Assignments[e.AssignmentId], e, previous.Period.Name))
            .ToList();
        return new RoundStatus(
            planId, round, snapshot.AsOf, [.. entries.Where(e => e.State == "reported")], [.. entries.Where(e => e.State == "late")],
            [.. entries.Where(e => e.State == "waiting")], [.. entries.Where(e => e.State == "closed")], previous?.Number, changes);
    }

    // The rounds opened by the snapshot's instant, each naming only the assignments the snapshot holds for this reader.
    private async Task<List<Round>> SeenAsync(string planId, PlanSnapshot snapshot) =>
        [.. (await grains.GetGrain<IRoundGrain>(planId).ListAsync())
            .Where(r => r.OpenedAt <= snapshot.AsOf)
            .Select(r => r with { AssignmentIds = [.. r.AssignmentIds.Where(snapshot.Assignments.ContainsKey)] })];

    private static RoundEntry Entry(string id, AssignmentState state, Round round, DateTimeOffset at)
    {
        var o = state.Opening!;
        var report = state.Reports.FirstOrDefault(r => r.Period == round.Period.Name);
        var status = report is not null ? "reported"
            : !AssignmentCycle.IsOpen(state.Status) ? "closed"
            : at > round.Period.DueAt ? "late"
            : "waiting";
        return new RoundEntry(id, o.ItemId, o.ItemRef, o.AgencyId, status, report?.Number, report?.SubmittedAt,
            report is null ? status == "late" : report.SubmittedAt > round.Period.DueAt);
    }

    private static IEnumerable<RoundChange> Changes(AssignmentState state, RoundEntry entry, string previousPeriod)
    {
        var now = state.Reports[entry.Report!.Value - 1];
        var before = state.Reports.LastOrDefault(r => r.Period == previousPeriod);
        return now.Indicators.Select(x =>
        {
            var was = before?.Indicators.FirstOrDefault(b => b.Name == x.Name)?.Value;
            return new RoundChange(entry.AssignmentId, entry.AgencyId, x.Name, was, x.Value, x.Value - was);
        });
    }
}
