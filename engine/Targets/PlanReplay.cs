using Supervision.Engine.Assignments.Events;
using Supervision.Engine.Assignments;
using Supervision.Engine.Errors;
using Supervision.Engine.Evaluation;
using Supervision.Engine.Items;
using Supervision.Engine.MajorIssues.Events;
using Supervision.Engine.Plans;
using Supervision.Engine.Trail;

namespace Supervision.Engine.Targets;

/// <summary>
/// Rebuilds a plan as its trail stood at an instant: the plan's, its items' and its assignments' streams are read from the
/// event log and every event recorded at or before that instant is applied, the same way the grains apply them. Nothing
/// is read from today's read models but which streams belong to the plan. Bounded: at most <see cref="MaxEvents"/>
/// events and <see cref="MaxDuration"/> of work, else refused.
/// </summary>
public sealed class PlanReplay(IEventStore store, ITables tables, TimeProvider clock)
{
    public const int MaxEvents = 250_000;

    public static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(30);

    // Evaluations ask every plan as of one instant each time they are read; a plan nothing has touched is not replayed again.
    private readonly ReplayCache _kept = new(tables);

    /// <summary>The plan as of <paramref name="asOf"/> (now when null), or null when it did not exist then.</summary>
    public async Task<PlanSnapshot?> AsOfAsync(string planId, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var at = asOf ?? clock.GetUtcNow();
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(MaxDuration);
        try
        {
            // Now moves on, so a plan as of now is never asked twice: only a stated instant is worth keeping.
            return asOf is null
                ? await ReplayAsync(planId, at, bounded.Token)
                : await _kept.GetOrReplayAsync(planId, at, () => ReplayAsync(planId, at, bounded.Token), bounded.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw SupervisionException.Conflict("as_of.too_large", $"Rebuilding plan {planId} as of {at:O} took longer than {MaxDuration.TotalSeconds:0} s.");
        }
    }

    private async Task<PlanSnapshot?> ReplayAsync(string planId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var plan = new PlanState();
        foreach (var stored in await store.ReadStreamAsync(StreamIds.Plan(planId), 0, cancellationToken))
        {
            if (stored.At <= at)
            {
                plan.Apply(EventCodec.Decode(stored));
            }
        }

        if (!plan.Exists)
        {
            return null;
        }

        var assignmentIds = await tables.QueryAsync(
            "SELECT id FROM assignments WHERE plan_id = @plan ORDER BY id", new Dictionary<string, object?> { ["plan"] = planId }, r => r.GetString(0), cancellationToken);
        var streams = plan.ItemIds.Select(StreamIds.Item).Concat(assignmentIds.Select(StreamIds.Assignment)).ToList();
        var events = await store.ReadStreamsAsync(streams, cancellationToken);
        if (events.Count > MaxEvents)
        {
            throw SupervisionException.Conflict("as_of.too_large", $"Plan {planId} has {events.Count} events; rebuilding it at an instant reads at most {MaxEvents}.");
        }

        var items = new Dictionary<string, ItemState>(StringComparer.Ordinal);
        var assignments = new Dictionary<string, AssignmentState>(StringComparer.Ordinal);
        var values = new List<ReportedValue>();
        var issues = new Dictionary<string, EventRef>(StringComparer.Ordinal);
        foreach (var stored in events.Where(e => e.At <= at))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = EventCodec.Decode(stored);
            _ = StreamIds.TryParse(stored.StreamId, out var kind, out var id);
            if (kind == StreamIds.ItemKind)
            {
                Of(items, id).Apply(entry);
                continue;
            }

            var state = Of(assignments, id);
            state.Apply(entry);
            var where = EventRef.Of(stored);
            switch (entry.Event)
            {
                case ReportSubmitted report:
                    values.AddRange(report.Indicators.Select(x => new ReportedValue(
                        id, state.Opening!.ItemId, state.Opening.AgencyId, x.Name, x.Value, x.Unit, report.Period, report.Number, stored.At, where)));
                    break;
                case MajorIssueRaised raised:
                    issues[$"{id}#{raised.Number}"] = where;
                    break;
            }
        }

        // A report the office returned does not count: its figures are to be reported again.
        var kept = values.Where(v => assignments[v.AssignmentId].Reports[v.Report - 1].Status != ReportStatus.Returned).ToList();
        return new PlanSnapshot(planId, at, plan, items, assignments, kept, issues);
    }

    private static T Of<T>(Dictionary<string, T> states, string id)
        where T : new()
    {
        if (!states.TryGetValue(id, out var state))
        {
            states[id] = state = new T();
        }

        return state;
    }
}
